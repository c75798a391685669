package org.tracemark.pii;

import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * What an engine detects and the date it validates against. Serializable so that a Spark driver can ship it to
 * executors, which build their own {@link PiiEngine} from it.
 *
 * @param types the enabled types (at least one)
 * @param today birth dates after this day make an ID number invalid
 */
public record PiiConfig(Set<PiiType> types, LocalDate today) implements Serializable {
  public PiiConfig {
    Objects.requireNonNull(today, "today");
    if (types.isEmpty()) {
      throw new IllegalArgumentException("at least one PII type must be enabled");
    }
    types = Set.copyOf(EnumSet.copyOf(types));
  }

  /** Every type, today taken from {@code clock}. */
  public static PiiConfig all(Clock clock) {
    return new PiiConfig(EnumSet.allOf(PiiType.class), LocalDate.now(clock));
  }

  public PiiConfig withTypes(Set<PiiType> enabled) {
    return new PiiConfig(enabled, today);
  }
}
