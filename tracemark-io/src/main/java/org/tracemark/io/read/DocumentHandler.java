package org.tracemark.io.read;

import java.util.List;
import org.tracemark.io.BadInputException;

/**
 * Receives one path's documents, streamed, in a fixed order: for each document {@code startDocument}, then (tables)
 * {@code header} once and {@code row} for every data row, or (text) {@code line} for every line, then
 * {@code endDocument} when the document was read to its end, or {@code failed} when it was not.
 *
 * <p>Not called concurrently. The lists passed in belong to the handler: the reader does not reuse them.
 */
public interface DocumentHandler {

  void startDocument(DocumentInfo info);

  /**
   * Tables only, once, before the first row, also for an empty table (then with an empty list). Empty strings
   * where the table has no header row: the first row is the header unless one of its cells holds 5+ consecutive
   * digits or an '@' (a headerless dump).
   */
  void header(List<String> header);

  /**
   * Tables: 1-based data row number (header excluded), cells as text (numbers as Excel displays them, no scientific
   * notation, no trailing ".0"; dates as yyyy-MM-dd). Ragged rows allowed.
   */
  void row(long rowNumber, List<String> cells);

  /** Text: 1-based line number, line without terminator. */
  void line(long lineNumber, String line);

  /** Called after the last row/line of a document that was read to its end. */
  void endDocument(DocumentInfo info);

  /**
   * A document (or a whole path) that cannot be read: called instead of {@code startDocument}, or after a partial
   * read instead of {@code endDocument}; reading goes on with the next document. The exception's message is one
   * line with file, row, column and problem, and no personal data.
   */
  void failed(String displayPath, BadInputException problem);
}
