package org.tracemark.io.write;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

/**
 * Writes an Excel 97–2003 (.xls) workbook with one sheet through POI HSSF, every cell as text (numbers typed as
 * text keep their leading zeros and all their digits). The format holds at most 65,536 rows and 256 columns a sheet
 * and 32,767 characters a cell; beyond that the write fails rather than cutting data. HSSF builds the workbook in
 * memory and writes it on {@link #close()}; the row limit bounds that memory.
 */
final class XlsTableWriter implements TableWriter {
  static final int MAX_ROWS = 65_536;
  static final int MAX_COLUMNS = 256;
  static final int MAX_CELL_CHARS = 32_767;

  private final Path file;
  private final HSSFWorkbook workbook = new HSSFWorkbook();
  private final Sheet sheet = workbook.createSheet("Sheet1");
  private final int maxRows;
  private int row;

  XlsTableWriter(Path file) {
    this(file, MAX_ROWS);
  }

  /** With a lower row limit, for tests of the limit. */
  XlsTableWriter(Path file, int maxRows) {
    this.file = file;
    this.maxRows = maxRows;
  }

  @Override
  public void writeRow(List<String> cells) throws IOException {
    if (row >= maxRows) {
      throw new IOException("an .xls sheet holds at most " + maxRows + " rows; write .xlsx or CSV instead");
    }
    if (cells.size() > MAX_COLUMNS) {
      throw new IOException("an .xls sheet holds at most " + MAX_COLUMNS + " columns; write .xlsx or CSV instead");
    }
    Row target = sheet.createRow(row++);
    for (int col = 0; col < cells.size(); col++) {
      String value = cells.get(col);
      if (value.length() > MAX_CELL_CHARS) {
        throw new IOException("an .xls cell holds at most " + MAX_CELL_CHARS + " characters (row " + row
            + ", column " + (col + 1) + ")");
      }
      target.createCell(col).setCellValue(value);
    }
  }

  @Override
  public void close() throws IOException {
    try (workbook; OutputStream out = Files.newOutputStream(file)) {
      workbook.write(out);
    }
  }
}
