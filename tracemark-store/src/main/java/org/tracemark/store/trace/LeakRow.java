package org.tracemark.store.trace;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * One row of a leaked list (a table row, or a chat line that holds a record): its cells by role, untrimmed (the
 * name-spacing mark lives in trailing blanks). Holds personal data: {@link #toString()} shows only where it is.
 *
 * @param number 0-based row number across all leaked files, the trace's row id
 * @param where file and row for the report ({@code leak.xlsx!Sheet1 row 12})
 * @param mobile the row's mobile as 11 digits, if it has one
 * @param idNumber the row's resident ID (18 characters, upper-case X), if it has one
 * @param name the row's name without surrounding blanks, if it has one
 */
public record LeakRow(int number, String where, Map<LeakRole, String> cells, Optional<String> mobile,
    Optional<String> idNumber, Optional<String> name) {
  public LeakRow {
    cells = cells.isEmpty() ? Map.of() : new EnumMap<>(cells);
  }

  public Optional<String> cell(LeakRole role) {
    return Optional.ofNullable(cells.get(role));
  }

  @Override
  public String toString() {
    return "LeakRow[" + where + "]";
  }
}
