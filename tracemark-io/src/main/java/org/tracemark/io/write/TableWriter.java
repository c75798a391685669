package org.tracemark.io.write;

import java.io.Closeable;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes a table row by row, streaming: memory does not grow with the number of rows.
 *
 * <p>Not thread-safe. {@link #close()} finishes the file; a writer that failed leaves a partial file the caller
 * should delete.
 */
public interface TableWriter extends Closeable {

  /** Writes one row; the first call writes the header. */
  void writeRow(List<String> cells) throws IOException;

  /**
   * Opens a writer of the given format.
   *
   * @param charset the text encoding (CSV only; XLSX is always UTF-8 inside)
   */
  static TableWriter open(Path file, TableFormat format, Charset charset) throws IOException {
    return switch (format) {
      case CSV -> new CsvTableWriter(file, charset);
      case XLSX -> new XlsxTableWriter(file);
    };
  }
}
