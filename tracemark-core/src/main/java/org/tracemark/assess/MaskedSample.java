package org.tracemark.assess;

import java.util.List;

/**
 * A record's fields as a report may show them: masked with {@link org.tracemark.pii.Masking}, each prefixed with its
 * kind in Chinese (e.g. {@code 姓名 张*伟}, {@code 手机 138****5678}).
 */
public record MaskedSample(List<String> fields) {
  public MaskedSample {
    fields = List.copyOf(fields);
  }

  @Override
  public String toString() {
    return String.join("，", fields);
  }
}
