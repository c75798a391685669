package org.tracemark.io.write;

import java.io.Closeable;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.tracemark.io.read.DocumentFormat;
import org.tracemark.io.read.DocumentInfo;

/**
 * Writes a table row by row, streaming for the text formats and .xlsx (memory does not grow with the number of
 * rows); .xls is built in memory, bounded by its 65,536-row limit.
 *
 * <p>Not thread-safe. {@link #close()} finishes the file; a writer that failed leaves a partial file the caller
 * should delete. A character the charset cannot encode fails the write instead of becoming a question mark.
 */
public interface TableWriter extends Closeable {

  /** Writes one row; the first call writes the header. */
  void writeRow(List<String> cells) throws IOException;

  /**
   * Opens a writer of the given format.
   *
   * @param charset the text encoding (CSV, TSV, JSONL; workbooks have their own)
   */
  static TableWriter open(Path file, TableFormat format, Charset charset) throws IOException {
    return switch (format) {
      case CSV -> new CsvTableWriter(file, charset);
      case TSV -> new CsvTableWriter(file, charset, '\t', false);
      case XLSX -> new XlsxTableWriter(file);
      case XLS -> new XlsTableWriter(file);
      case JSONL -> new JsonlTableWriter(file, charset);
    };
  }

  /**
   * Opens a writer for the same format and encoding as a document that was read, so a masked copy opens where the
   * original did. UTF-16 text starts with a byte order mark (readers cannot otherwise tell its byte order for
   * sure); UTF-8 and GB18030 are written without one, as they are usually found. CSV is written comma-separated
   * whatever delimiter the source used. A sheet of a workbook is written as a one-sheet workbook.
   *
   * @throws IllegalArgumentException for a text document, which {@link TextWriter#like} writes, and for Parquet or ORC
   */
  static TableWriter like(DocumentInfo source, Path out) throws IOException {
    Charset charset = source.encoding().map(Charset::forName).orElse(StandardCharsets.UTF_8);
    boolean bom = TextWriter.needsByteOrderMark(charset);
    DocumentFormat format = source.format();
    return switch (format) {
      case CSV -> new CsvTableWriter(out, charset, ',', bom);
      case TSV -> new CsvTableWriter(out, charset, '\t', bom);
      case XLSX -> new XlsxTableWriter(out);
      case XLS -> new XlsTableWriter(out);
      case JSONL -> new JsonlTableWriter(out, charset);
      case TEXT -> throw new IllegalArgumentException("a text document is written with TextWriter, not TableWriter");
      case PARQUET, ORC -> throw new IllegalArgumentException("Parquet and ORC are written by Spark, not TableWriter");
    };
  }
}
