package org.tracemark.pii;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.tracemark.pii.internal.LazyAttributes;

/**
 * One piece of personal information found in a line of text or a table cell.
 *
 * @param type what it is
 * @param value the canonical value (MOBILE: 11 digits; ID_CARD: 18 characters, upper-case X; BANK_CARD: digits;
 *     EMAIL: lower-case; NAME and ADDRESS: as written, trimmed). Personal data: mask before display.
 * @param start offset of the first character in the line or cell (inclusive)
 * @param end offset after the last character (exclusive)
 * @param confidence 0..1
 * @param attributes facts derived from the value, such as {@code carrier}, {@code city}, {@code birth_date},
 *     {@code sex}, {@code region}; never the raw value again
 * @param supportingWord the context word or column header that raised the confidence, if any, so a report can say why
 */
public record Finding(
    PiiType type,
    String value,
    int start,
    int end,
    double confidence,
    Map<String, String> attributes,
    Optional<String> supportingWord) {

  public Finding {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(value, "value");
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad span " + start + ".." + end);
    }
    if (!(confidence >= 0 && confidence <= 1)) {
      throw new IllegalArgumentException("confidence out of range: " + confidence);
    }
    // A lazy map is already immutable; copying it would compute what a counting scan never reads.
    attributes = attributes instanceof LazyAttributes ? attributes : Map.copyOf(attributes);
    Objects.requireNonNull(supportingWord, "supportingWord");
  }

  @Override
  public String toString() {
    // Personal data stays out of logs: show the type and span, never the value.
    return "Finding[" + type + " " + start + ".." + end + " conf=" + confidence + "]";
  }
}
