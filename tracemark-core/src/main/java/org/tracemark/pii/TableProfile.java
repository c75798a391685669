package org.tracemark.pii;

import java.util.List;

/** The profile of a table's columns, made once per table by {@link PiiEngine#profileTable}. Immutable. */
public record TableProfile(List<ColumnProfile> columns) {
  public TableProfile {
    columns = List.copyOf(columns);
  }
}
