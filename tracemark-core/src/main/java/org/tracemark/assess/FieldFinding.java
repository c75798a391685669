package org.tracemark.assess;

import java.util.Objects;
import org.tracemark.pii.Finding;

/**
 * A finding in one cell of a table row: the PII engine's {@code CellFinding} as assess consumes it, kept as its own
 * type so that record assembly depends only on {@link Finding}.
 *
 * @param column 0-based column index
 */
public record FieldFinding(int column, Finding finding) {
  public FieldFinding {
    if (column < 0) {
      throw new IllegalArgumentException("negative column");
    }
    Objects.requireNonNull(finding, "finding");
  }
}
