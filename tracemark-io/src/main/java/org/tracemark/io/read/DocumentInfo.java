package org.tracemark.io.read;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * What one readable document inside a path is. A zip entry or an xlsx sheet is its own document.
 *
 * @param displayPath what reports print: {@code "leak.csv"}, {@code "dump.zip!/a/b.csv"}, {@code "book.xlsx!Sheet1"}
 * @param file the file on disk it came from (the zip or workbook for entries and sheets)
 * @param format how the document is read
 * @param encoding the detected text encoding name ({@code "UTF-8"}, {@code "GB18030"}, {@code "UTF-16LE"}, ...);
 *     empty for xlsx and xls
 * @param table true for CSV, TSV, XLSX, XLS and JSONL, false for TEXT
 */
public record DocumentInfo(
    String displayPath, Path file, DocumentFormat format, Optional<String> encoding, boolean table) {

  public DocumentInfo {
    Objects.requireNonNull(displayPath, "displayPath");
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(format, "format");
    Objects.requireNonNull(encoding, "encoding");
  }
}
