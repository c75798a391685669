package org.tracemark.pii;

import java.io.ObjectInputStream;
import java.io.Serial;
import java.io.Serializable;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.tracemark.pii.internal.Chars;
import org.tracemark.pii.recognizer.Recognizer;
import org.tracemark.pii.recognizer.RecognizerRegistry;

/**
 * The PII detection facade: free-text lines, table profiling and table rows.
 *
 * <p>Build once and share: construction loads the region, surname and phone tables, and the first free-text call
 * loads HanLP (about a second). Thread-safe once built. Serializable as its {@link PiiConfig}: a deserialised engine
 * rebuilds its tables, so it can be shipped to Spark executors.
 *
 * <p>Tables are fast because the work is split: {@link #profileTable} decides once per table which type each column
 * holds (header words, sample hit rate, HanLP for bare-name columns), and {@link #analyzeRow} then runs only that
 * type's validator on typed cells, and a cheap prefilter plus the rule-based recognizers on the others. HanLP never
 * runs per table cell.
 */
public final class PiiEngine implements Serializable {
  @Serial
  private static final long serialVersionUID = 1L;
  /** Supporting-word boost for a value that its column header vouches for. */
  static final double HEADER_BOOST = 0.1;

  private final PiiConfig config;
  private final transient Analyzer analyzer;
  private final transient ColumnProfiler profiler;
  private final transient Recognizer[] byOrdinal;
  private final transient ThreadLocal<RowMemo> memo = ThreadLocal.withInitial(RowMemo::new);

  private PiiEngine(PiiConfig config) {
    this.config = Objects.requireNonNull(config, "config");
    RecognizerRegistry registry = RecognizerRegistry.builtIn(config.types(), config.today());
    this.analyzer = new Analyzer(registry);
    this.profiler = new ColumnProfiler(analyzer);
    this.byOrdinal = new Recognizer[PiiType.values().length];
    for (Recognizer r : registry.all()) {
      byOrdinal[r.type().ordinal()] = r;
    }
  }

  /** Every recognizer on, bundled tables, today's date from the system clock. */
  public static PiiEngine standard() {
    return of(PiiConfig.all(Clock.systemDefaultZone()));
  }

  public static PiiEngine of(PiiConfig config) {
    return new PiiEngine(config);
  }

  public PiiConfig config() {
    return config;
  }

  /** Every finding in one line of free text, spans relative to the line, in order, non-overlapping. */
  public List<Finding> analyzeText(CharSequence line) {
    return analyzer.analyze(line, true);
  }

  /** Column profiling from the header (empty strings when the table has none) and up to the first 1,000 rows. */
  public TableProfile profileTable(List<String> header, List<List<String>> sampleRows) {
    return profiler.profile(header, sampleRows.size() > 1000 ? sampleRows.subList(0, 1000) : sampleRows);
  }

  /**
   * Findings in one row: typed columns through their type's validator (falling back to the general scan for a cell
   * that is not a valid value of the type), other columns through the rule-based scan. Spans are cell-relative.
   */
  public List<CellFinding> analyzeRow(TableProfile profile, List<String> cells) {
    RowMemo m = memo.get();
    m.reset(profile, cells.size(), byOrdinal);
    Recognizer[] typed = m.typed;
    List<CellFinding> out = new ArrayList<>(4);
    for (int i = 0, n = cells.size(); i < n; i++) {
      String cell = cells.get(i);
      if (cell == null || cell.isEmpty()) {
        continue;
      }
      if (i < typed.length) {
        Recognizer r = typed[i];
        if (r != null) {
          int start = Chars.trimStart(cell);
          int end = Chars.trimEnd(cell);
          if (start >= end) {
            continue;
          }
          Optional<Finding> f = r.cellValue(cell, start, end);
          if (f.isPresent()) {
            out.add(new CellFinding(i, withHeader(f.get(), m.headers[i])));
            continue;
          }
        }
      }
      for (Finding f : m.scan(i, cell, analyzer)) {
        out.add(new CellFinding(i, f));
      }
    }
    return out;
  }

  private static Finding withHeader(Finding f, String header) {
    if (header.isEmpty()) {
      return f;
    }
    return new Finding(f.type(), f.value(), f.start(), f.end(), Math.min(1.0, f.confidence() + HEADER_BOOST),
        f.attributes(), Optional.of(header));
  }

  @Serial
  private Object writeReplace() {
    return new SerializedForm(config);
  }

  @Serial
  private void readObject(ObjectInputStream in) throws java.io.InvalidObjectException {
    throw new java.io.InvalidObjectException("serialised as SerializedForm");
  }

  /** Serialised form: the configuration only; the tables are rebuilt where it is read. */
  private record SerializedForm(PiiConfig config) implements Serializable {
    @Serial
    private Object readResolve() {
      return PiiEngine.of(config);
    }
  }

  /**
   * Per-thread memo of the last value seen in each column of the current table: owner lists repeat community,
   * building and unit on consecutive rows, and the same cell always gives the same findings.
   */
  private static final class RowMemo {
    private TableProfile profile;
    private String[] values = new String[0];
    private List<Finding>[] results;
    /** The recognizer of each typed column (null for untyped ones) and the headers, resolved once per table. */
    Recognizer[] typed = new Recognizer[0];
    String[] headers = new String[0];

    @SuppressWarnings("unchecked")
    void reset(TableProfile p, int width, Recognizer[] byOrdinal) {
      if (p != profile) {
        profile = p;
        List<ColumnProfile> columns = p.columns();
        typed = new Recognizer[columns.size()];
        headers = new String[columns.size()];
        for (ColumnProfile c : columns) {
          typed[c.index()] = c.type().map(t -> byOrdinal[t.ordinal()]).orElse(null);
          headers[c.index()] = c.header();
        }
        values = new String[Math.max(width, columns.size())];
        results = new List[values.length];
      } else if (values.length < width) {
        values = java.util.Arrays.copyOf(values, width);
        results = java.util.Arrays.copyOf(results, width);
      }
    }

    List<Finding> scan(int column, String cell, Analyzer analyzer) {
      if (cell.equals(values[column])) {
        return results[column];
      }
      List<Finding> found = Analyzer.worthScanning(cell) ? analyzer.analyze(cell, false) : List.of();
      values[column] = cell;
      results[column] = found;
      return found;
    }
  }
}
