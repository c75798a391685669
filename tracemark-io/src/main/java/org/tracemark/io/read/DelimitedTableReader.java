package org.tracemark.io.read;

import java.io.IOException;
import java.util.List;

/**
 * Streams a CSV or TSV document to a handler: the header rule on the first non-blank record, then every record as
 * a row. Blank records (an empty line) are skipped but keep their place in the numbering, so data row numbers stay
 * tied to the file's records: with a header in the first record, data row n is
 * record n + 1.
 */
final class DelimitedTableReader {
  private DelimitedTableReader() {}

  static void read(RecordParser parser, DocumentHandler handler) throws IOException, InputProblem {
    List<String> first = parser.next();
    while (first != null && isBlank(first)) {
      first = parser.next();
    }
    if (first == null) {
      handler.header(List.of());
      return;
    }
    long base;
    if (HeaderRule.isHeader(first)) {
      handler.header(first);
      base = parser.row();
    } else {
      handler.header(HeaderRule.blank(first.size()));
      base = parser.row() - 1;
      handler.row(1, first);
    }
    List<String> record;
    while ((record = parser.next()) != null) {
      if (!isBlank(record)) {
        handler.row(parser.row() - base, record);
      }
    }
  }

  private static boolean isBlank(List<String> record) {
    return record.size() == 1 && record.get(0).isEmpty();
  }
}
