package org.tracemark.report.scan;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
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
 *
 * <p>Filled either finding by finding ({@link ScanHandler}) or from counts aggregated elsewhere (a Spark job adds
 * per-partition rows, counts and column hits). Mutable and not thread-safe.
 */
public final class DocumentScan {
  /** Example findings kept per document for the report. */
  public static final int EXAMPLES = 20;

  /**
   * A finding with its place, as the report lists it. {@code value} is the canonical, unmasked value: the report
   * masks it; {@code toString()} leaves it out.
   *
   * @param line 1-based line or data row
   * @param column 0-based table column, -1 for text
   */
  public record Example(PiiType type, String value, long line, int column) {
    @Override
    public String toString() {
      return "Example[" + type + " " + line + ":" + column + "]";
    }
  }

  private final String path;
  private final Optional<DocumentInfo> info;
  private long rows;
  private TableProfile profile;
  private long[] columnHits = new long[0];
  private final Map<PiiType, Long> counts = new EnumMap<>(PiiType.class);
  private final List<Example> examples = new ArrayList<>();
  private String error;

  /**
   * @param path the document as reports print it ({@link DocumentInfo#displayPath()}), or the path as given when
   *     it could not be opened
   * @param info what the document is; empty when it could not be opened
   */
  public DocumentScan(String path, Optional<DocumentInfo> info) {
    this.path = path;
    this.info = info;
  }

  /** Counts one finding and keeps it as an example while fewer than {@link #EXAMPLES} are kept. */
  public void count(PiiType type, String value, long line, int column) {
    counts.merge(type, 1L, Long::sum);
    if (examples.size() < EXAMPLES) {
      examples.add(new Example(type, value, line, column));
    }
  }

  /** Adds {@code n} findings of a type counted elsewhere (no examples). */
  public void addCount(PiiType type, long n) {
    if (n > 0) {
      counts.merge(type, n, Long::sum);
    }
  }

  /** Keeps an example found elsewhere while fewer than {@link #EXAMPLES} are kept; callers add in reading order. */
  public void addExample(Example example) {
    if (examples.size() < EXAMPLES) {
      examples.add(example);
    }
  }

  /** One more cell of the column holds a value of the column's type (or, untyped, any finding). */
  public void columnHit(int column) {
    addColumnHits(column, 1);
  }

  /** {@code n} more cells of the column are hits, counted elsewhere. */
  public void addColumnHits(int column, long n) {
    if (column >= columnHits.length) {
      columnHits = Arrays.copyOf(columnHits, Math.max(column + 1, columnHits.length * 2));
    }
    columnHits[column] += n;
  }

  /** Cells of the document's column holding a hit. */
  public long hits(ColumnProfile c) {
    return c.index() < columnHits.length ? columnHits[c.index()] : 0;
  }

  public void addRows(long n) {
    rows += n;
  }

  public long rows() {
    return rows;
  }

  public String path() {
    return path;
  }

  public Optional<DocumentInfo> info() {
    return info;
  }

  /** The table's column profile; null for text and for documents that could not be opened. */
  public TableProfile profile() {
    return profile;
  }

  public void profile(TableProfile profile) {
    this.profile = profile;
  }

  /** Findings per type (types with none absent), in {@link PiiType} order. */
  public Map<PiiType, Long> counts() {
    return Collections.unmodifiableMap(counts);
  }

  /** The first findings, in reading order, at most {@link #EXAMPLES}. */
  public List<Example> examples() {
    return Collections.unmodifiableList(examples);
  }

  /** The one-line problem when the document could not be read to its end, else null. */
  public String error() {
    return error;
  }

  public void error(String error) {
    this.error = error;
  }

  public boolean failed() {
    return error != null;
  }
}
