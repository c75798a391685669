package org.tracemark.report.scan;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.LongConsumer;
import org.tracemark.io.BadInputException;
import org.tracemark.io.read.DocumentHandler;
import org.tracemark.io.read.DocumentInfo;
import org.tracemark.io.read.DocumentReader;
import org.tracemark.pii.CellFinding;
import org.tracemark.pii.ColumnProfile;
import org.tracemark.pii.Finding;
import org.tracemark.pii.PiiEngine;
import org.tracemark.pii.PiiType;
import org.tracemark.pii.TableProfile;

/**
 * Scans the documents a reader streams: profiles each table from its first rows, analyses every row or line, and
 * writes each file's JSON object as soon as the file is done (findings streamed as they are found), so memory does
 * not grow with the input. Keeps one {@link DocumentScan} summary per document for the human output and the report.
 * Not thread-safe, like the reader's callbacks.
 */
public final class ScanHandler implements DocumentHandler {
  /** Receives every finding as it is found, with its document and place. */
  @FunctionalInterface
  public interface FindingSink {
    /**
     * @param line 1-based line or data row (of the part, for {@link #startPart})
     * @param column 0-based table column, -1 for text
     */
    void finding(String document, Finding finding, long line, int column);
  }

  private final PiiEngine engine;
  private final ScanJsonWriter json;
  private final boolean findings;
  private final Consumer<String> problems;
  private final LongConsumer progress;
  private final List<DocumentScan> done = new ArrayList<>();
  private final Map<PiiType, Long> totals = new EnumMap<>(PiiType.class);
  private DocumentScan current;
  private TableSampler sampler;
  private TableProfile partProfile;
  private FindingSink sink;

  /**
   * @param json where file objects go; null when no JSON is wanted
   * @param findings list every finding in the JSON ({@code --findings})
   * @param problems told the one-line message (file, row, column, problem; no personal data) of every document that
   *     cannot be read, as it happens
   * @param progress told about every 10,000 rows or lines
   */
  public ScanHandler(PiiEngine engine, ScanJsonWriter json, boolean findings, Consumer<String> problems,
      LongConsumer progress) {
    this.engine = engine;
    this.json = json;
    this.findings = findings;
    this.problems = problems;
    this.progress = progress;
  }

  /** Also hands every finding to {@code sink} (a Spark job writes them out); returns this handler. */
  public ScanHandler withFindingSink(FindingSink sink) {
    this.sink = sink;
    return this;
  }

  /**
   * Starts a part of a table document whose columns were profiled elsewhere, from the document's header and first
   * rows (a Spark job reads one large file in parts, each with the driver's profile): rows are analysed at once with
   * {@code profile}; {@code header} is not called; end with {@link #endDocument} or {@link #failed}. Row numbers are
   * the caller's, and the part's summary counts only its own rows.
   */
  public void startPart(DocumentInfo info, TableProfile profile) {
    current = new DocumentScan(info.displayPath(), Optional.of(info));
    sampler = null;
    partProfile = profile;
    if (json != null) {
      json.startDocument(info.displayPath(), info, findings);
    }
  }

  /**
   * Scans one path (file, directory or zip) with the reader; a path that cannot be read at all is reported like a
   * failed document and scanning can go on with the next path.
   */
  public void scan(DocumentReader reader, Path path) {
    try {
      reader.read(path, this);
    } catch (IOException e) {
      unreadable(path.toString(), "cannot be read (" + e.getClass().getSimpleName() + ")");
    }
  }

  /** The documents finished so far, in reading order. */
  public List<DocumentScan> documents() {
    return Collections.unmodifiableList(done);
  }

  /** Findings per type over all documents. */
  public Map<PiiType, Long> totals() {
    return Collections.unmodifiableMap(totals);
  }

  /** Whether any document or path could not be read to its end (the CLI then exits with 3). */
  public boolean anyFailed() {
    return done.stream().anyMatch(DocumentScan::failed);
  }

  @Override
  public void startDocument(DocumentInfo info) {
    current = new DocumentScan(info.displayPath(), Optional.of(info));
    sampler = info.table() ? new TableSampler(engine, this::tableRow) : null;
    partProfile = null;
    if (json != null) {
      json.startDocument(info.displayPath(), info, findings);
    }
  }

  @Override
  public void header(List<String> header) {
    sampler.header(header);
  }

  @Override
  public void row(long rowNumber, List<String> cells) {
    if (partProfile != null) {
      tableRow(rowNumber, cells);
    } else {
      sampler.row(rowNumber, cells);
    }
  }

  private void tableRow(long rowNumber, List<String> cells) {
    current.addRows(1);
    tick();
    TableProfile profile = partProfile != null ? partProfile : sampler.profile();
    int lastColumn = -1;
    for (CellFinding cf : engine.analyzeRow(profile, cells)) {
      Finding f = cf.finding();
      record(f, rowNumber, cf.column());
      if (cf.column() != lastColumn) {
        ColumnProfile column = cf.column() < profile.columns().size() ? profile.columns().get(cf.column()) : null;
        if (column == null || column.type().isEmpty() || column.type().get() == f.type()) {
          current.columnHit(cf.column());
          lastColumn = cf.column();
        }
      }
    }
  }

  @Override
  public void line(long lineNumber, String line) {
    current.addRows(1);
    tick();
    for (Finding f : engine.analyzeText(line)) {
      record(f, lineNumber, -1);
    }
  }

  private void record(Finding f, long line, int column) {
    current.count(f.type(), f.value(), line, column);
    totals.merge(f.type(), 1L, Long::sum);
    if (json != null && findings) {
      json.finding(f, line, column);
    }
    if (sink != null) {
      sink.finding(current.path(), f, line, column);
    }
  }

  private void tick() {
    if (current.rows() % 10_000 == 0) {
      progress.accept(10_000);
    }
  }

  @Override
  public void endDocument(DocumentInfo info) {
    finishCurrent(null);
  }

  @Override
  public void failed(String displayPath, BadInputException problem) {
    problems.accept(problem.getMessage());
    if (current != null && current.path().equals(displayPath)) {
      finishCurrent(problem.getMessage());
      return;
    }
    current = new DocumentScan(displayPath, Optional.empty());
    sampler = null;
    partProfile = null;
    if (json != null) {
      json.startDocument(displayPath, null, false);
    }
    finishCurrent(problem.getMessage());
  }

  /** A path that cannot be read at all (missing, no permission): reported like a failed document. */
  public void unreadable(String path, String message) {
    failed(path, new BadInputException(Path.of(path), 0, 0, message));
  }

  private void finishCurrent(String error) {
    if (sampler != null) {
      sampler.finish();
      current.profile(sampler.profile());
    } else if (partProfile != null) {
      current.profile(partProfile);
    }
    current.error(error);
    if (json != null) {
      json.endDocument(current);
    }
    done.add(current);
    current = null;
    sampler = null;
    partProfile = null;
  }
}
