package org.tracemark.io.write;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * Streams an .xlsx workbook with one sheet through fastexcel; every cell is written as text, because identity and
 * phone numbers turned into numbers lose their leading zeros and their last digits in Excel.
 */
final class XlsxTableWriter implements TableWriter {
  /** fastexcel keeps a row in memory until flushed; flushing every so often bounds memory on large sheets. */
  private static final int FLUSH_EVERY = 1_000;
  private static final int MAX_ROWS = 1_048_576;

  private final OutputStream stream;
  private final Workbook workbook;
  private final Worksheet sheet;
  private int row;

  XlsxTableWriter(Path file) throws IOException {
    this.stream = Files.newOutputStream(file);
    this.workbook = new Workbook(stream, "Tracemark", "1.0");
    this.sheet = workbook.newWorksheet("Sheet1");
  }

  @Override
  public void writeRow(List<String> cells) throws IOException {
    if (row >= MAX_ROWS) {
      throw new IOException("an .xlsx sheet holds at most " + MAX_ROWS + " rows; write CSV instead");
    }
    for (int col = 0; col < cells.size(); col++) {
      sheet.value(row, col, cells.get(col));
    }
    row++;
    if (row % FLUSH_EVERY == 0) {
      sheet.flush();
    }
  }

  @Override
  public void close() throws IOException {
    try {
      workbook.finish();
    } finally {
      stream.close();
    }
  }
}
