package org.tracemark.spark.trace;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.tracemark.store.trace.LeakReader;
import org.tracemark.store.trace.LeakRole;
import org.tracemark.store.trace.LeakRow;

/**
 * What a trace task sends on: a leaked row with its blind-index tokens, a part's row count and columns, or the
 * problem that stops the trace (as in the CLI, an unreadable leaked document ends it). Rows hold personal data: they
 * stay inside the job, and only rows that can link reach the driver.
 */
sealed interface TraceItem extends Serializable {
  int unit();

  int part();

  /** A leaked row: its number within the part, its tokens (null where the row has no such value), the row itself. */
  record Leaked(int unit, int part, int local, byte[] mobileToken, byte[] idToken, byte[] flatToken, RowData row)
      implements TraceItem {
    @Override
    public String toString() {
      return "Leaked[" + unit + "/" + part + "#" + local + "]";
    }
  }

  /** A part read to its end: rows, and the columns and documents as {@link LeakReader.Leak} lists them. */
  record Part(int unit, int part, int rows, List<ColumnData> columns, List<String> documents) implements TraceItem {}

  /** A leaked document that cannot be read. */
  record Failed(int unit, int part, String file, long row, int column, String problem) implements TraceItem {}

  /** {@link LeakReader.Column} in serialisable form. */
  record ColumnData(String document, int index, String header, int role) implements Serializable {
    static ColumnData of(LeakReader.Column c) {
      return new ColumnData(c.document(), c.index(), c.header(), c.role().ordinal());
    }

    LeakReader.Column column() {
      return new LeakReader.Column(document, index, header, LeakRole.values()[role]);
    }
  }

  /** {@link LeakRow} in serialisable form, numbered within its part. */
  record RowData(String where, int[] roles, String[] values, String mobile, String idNumber, String name)
      implements Serializable {
    static RowData of(LeakRow r) {
      List<LeakRole> roles = new ArrayList<>();
      List<String> values = new ArrayList<>();
      for (LeakRole role : LeakRole.values()) {
        r.cell(role).ifPresent(v -> {
          roles.add(role);
          values.add(v);
        });
      }
      return new RowData(r.where(), roles.stream().mapToInt(Enum::ordinal).toArray(), values.toArray(String[]::new),
          r.mobile().orElse(null), r.idNumber().orElse(null), r.name().orElse(null));
    }

    LeakRow row(int number) {
      Map<LeakRole, String> cells = new EnumMap<>(LeakRole.class);
      for (int i = 0; i < roles.length; i++) {
        cells.put(LeakRole.values()[roles[i]], values[i]);
      }
      return new LeakRow(number, where, cells, Optional.ofNullable(mobile), Optional.ofNullable(idNumber),
          Optional.ofNullable(name));
    }

    @Override
    public String toString() {
      return "RowData[" + where + "]";
    }
  }
}
