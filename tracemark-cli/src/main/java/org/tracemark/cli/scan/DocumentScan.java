package org.tracemark.cli.scan;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.tracemark.io.read.DocumentInfo;
import org.tracemark.pii.ColumnProfile;
import org.tracemark.pii.PiiType;
import org.tracemark.pii.TableProfile;

/**
 * The summary of one scanned document, what the JSON file object and the HTML report show. Findings themselves are
 * streamed, not kept; only the first {@link #EXAMPLES} per document are kept (for the report, masked there).
 */
final class DocumentScan {
  static final int EXAMPLES = 20;

  /** A finding with its place, as the report lists it. */
  record Example(PiiType type, String value, long line, int column) {
    @Override
    public String toString() {
      return "Example[" + type + " " + line + ":" + column + "]";
    }
  }

  final String path;
  final Optional<DocumentInfo> info;
  long rows;
  TableProfile profile;
  long[] columnHits = new long[0];
  final Map<PiiType, Long> counts = new EnumMap<>(PiiType.class);
  final List<Example> examples = new ArrayList<>();
  String error;

  DocumentScan(String path, Optional<DocumentInfo> info) {
    this.path = path;
    this.info = info;
  }

  void count(PiiType type, String value, long line, int column) {
    counts.merge(type, 1L, Long::sum);
    if (examples.size() < EXAMPLES) {
      examples.add(new Example(type, value, line, column));
    }
  }

  void columnHit(int column) {
    if (column >= columnHits.length) {
      columnHits = java.util.Arrays.copyOf(columnHits, Math.max(column + 1, columnHits.length * 2));
    }
    columnHits[column]++;
  }

  long hits(ColumnProfile c) {
    return c.index() < columnHits.length ? columnHits[c.index()] : 0;
  }
}
