package org.tracemark.io.read;

import java.util.List;

/**
 * Turns a sheet's rows into header and data rows: the header rule on the first non-blank row, blank rows skipped,
 * data rows numbered from that first row so row n is n rows below the header (or, headerless, the n-th row from the
 * first). Shared by the .xlsx and .xls readers. Not thread-safe.
 */
final class SheetRows {
  private final DocumentHandler handler;
  private boolean started;
  private long base;

  SheetRows(DocumentHandler handler) {
    this.handler = handler;
  }

  /** One row of the sheet, with its 1-based sheet row number. */
  void accept(long sheetRow, List<String> cells) {
    if (isBlank(cells)) {
      return;
    }
    if (!started) {
      started = true;
      if (HeaderRule.isHeader(cells)) {
        handler.header(cells);
        base = sheetRow;
        return;
      }
      handler.header(HeaderRule.blank(cells.size()));
      base = sheetRow - 1;
    }
    handler.row(sheetRow - base, cells);
  }

  /** After the last row: an empty sheet still gets its (empty) header. */
  void finish() {
    if (!started) {
      handler.header(List.of());
    }
  }

  private static boolean isBlank(List<String> cells) {
    for (String cell : cells) {
      if (!cell.isEmpty()) {
        return false;
      }
    }
    return true;
  }
}
