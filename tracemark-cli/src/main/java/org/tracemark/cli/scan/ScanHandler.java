package org.tracemark.cli.scan;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongConsumer;
import org.tracemark.io.BadInputException;
import org.tracemark.io.read.DocumentHandler;
import org.tracemark.io.read.DocumentInfo;
import org.tracemark.pii.CellFinding;
import org.tracemark.pii.ColumnProfile;
import org.tracemark.pii.Finding;
import org.tracemark.pii.PiiEngine;
import org.tracemark.pii.PiiType;

/**
 * Scans the documents a reader streams: profiles each table from its first rows, analyses every row or line, and
 * writes each file's JSON object as soon as the file is done (findings streamed as they are found), so memory does
 * not grow with the input. Keeps one {@link DocumentScan} summary per document for the human output and the report.
 * Not thread-safe, like the reader's callbacks.
 */
final class ScanHandler implements DocumentHandler {
  private final PiiEngine engine;
  private final JsonGenerator json;
  private final boolean findings;
  private final PrintStream err;
  private final LongConsumer progress;
  private final List<DocumentScan> done = new ArrayList<>();
  private final Map<PiiType, Long> totals = new EnumMap<>(PiiType.class);
  private DocumentScan current;
  private TableSampler sampler;
  private boolean findingsOpen;

  /**
   * @param json where file objects go, positioned inside the "files" array; null without --json
   * @param progress told about every 10,000 rows or lines
   */
  ScanHandler(PiiEngine engine, JsonGenerator json, boolean findings, PrintStream err, LongConsumer progress) {
    this.engine = engine;
    this.json = json;
    this.findings = findings;
    this.err = err;
    this.progress = progress;
  }

  List<DocumentScan> documents() {
    return done;
  }

  Map<PiiType, Long> totals() {
    return totals;
  }

  boolean anyFailed() {
    return done.stream().anyMatch(d -> d.error != null);
  }

  @Override
  public void startDocument(DocumentInfo info) {
    current = new DocumentScan(info.displayPath(), Optional.of(info));
    sampler = info.table() ? new TableSampler(engine, this::tableRow) : null;
    io(() -> {
      if (json != null) {
        json.writeStartObject();
        json.writeStringField("path", info.displayPath());
        json.writeStringField("format", info.format().name().toLowerCase(java.util.Locale.ROOT));
        json.writeStringField("encoding", info.encoding().orElse(null));
        if (findings) {
          json.writeArrayFieldStart("findings");
          findingsOpen = true;
        }
      }
    });
  }

  @Override
  public void header(List<String> header) {
    sampler.header(header);
  }

  @Override
  public void row(long rowNumber, List<String> cells) {
    sampler.row(rowNumber, cells);
  }

  private void tableRow(long rowNumber, List<String> cells) {
    current.rows++;
    tick();
    int lastColumn = -1;
    for (CellFinding cf : engine.analyzeRow(sampler.profile(), cells)) {
      Finding f = cf.finding();
      record(f, rowNumber, cf.column());
      if (cf.column() != lastColumn) {
        ColumnProfile column = cf.column() < sampler.profile().columns().size()
            ? sampler.profile().columns().get(cf.column()) : null;
        if (column == null || column.type().isEmpty() || column.type().get() == f.type()) {
          current.columnHit(cf.column());
          lastColumn = cf.column();
        }
      }
    }
  }

  @Override
  public void line(long lineNumber, String line) {
    current.rows++;
    tick();
    for (Finding f : engine.analyzeText(line)) {
      record(f, lineNumber, -1);
    }
  }

  private void record(Finding f, long line, int column) {
    current.count(f.type(), f.value(), line, column);
    totals.merge(f.type(), 1L, Long::sum);
    if (json != null && findings) {
      io(() -> {
        json.writeStartObject();
        json.writeStringField("type", f.type().name());
        json.writeStringField("value", f.value());
        json.writeNumberField("line", line);
        if (column >= 0) {
          json.writeNumberField("column", column);
        }
        json.writeNumberField("start", f.start());
        json.writeNumberField("end", f.end());
        json.writeNumberField("confidence", Math.round(f.confidence() * 1000) / 1000.0);
        json.writeEndObject();
      });
    }
  }

  private void tick() {
    if (current.rows % 10_000 == 0) {
      progress.accept(10_000);
    }
  }

  @Override
  public void endDocument(DocumentInfo info) {
    finishCurrent(null);
  }

  @Override
  public void failed(String displayPath, BadInputException problem) {
    err.println("tracemark: " + problem.getMessage());
    if (current != null && current.path.equals(displayPath)) {
      finishCurrent(problem.getMessage());
      return;
    }
    current = new DocumentScan(displayPath, Optional.empty());
    sampler = null;
    io(() -> {
      if (json != null) {
        json.writeStartObject();
        json.writeStringField("path", displayPath);
        json.writeNullField("format");
        json.writeNullField("encoding");
      }
    });
    finishCurrent(problem.getMessage());
  }

  /** A path that cannot be read at all (missing, no permission): reported like a failed document. */
  void unreadable(String path, String message) {
    failed(path, new BadInputException(java.nio.file.Path.of(path), 0, 0, message));
  }

  private void finishCurrent(String error) {
    if (sampler != null) {
      sampler.finish();
      current.profile = sampler.profile();
    }
    current.error = error;
    DocumentScan scan = current;
    io(() -> {
      if (json == null) {
        return;
      }
      if (findingsOpen) {
        json.writeEndArray();
        findingsOpen = false;
      }
      json.writeNumberField("rows", scan.rows);
      if (scan.profile != null) {
        json.writeArrayFieldStart("columns");
        for (ColumnProfile c : scan.profile.columns()) {
          json.writeStartObject();
          json.writeNumberField("index", c.index());
          json.writeStringField("header", c.header());
          json.writeStringField("type", c.type().map(Enum::name).orElse(null));
          json.writeNumberField("confidence", Math.round(c.confidence() * 1000) / 1000.0);
          json.writeNumberField("hits", scan.hits(c));
          json.writeEndObject();
        }
        json.writeEndArray();
      }
      json.writeObjectFieldStart("counts");
      for (Map.Entry<PiiType, Long> e : scan.counts.entrySet()) {
        json.writeNumberField(e.getKey().name(), e.getValue());
      }
      json.writeEndObject();
      if (scan.error != null) {
        json.writeStringField("error", scan.error);
      }
      json.writeEndObject();
      json.flush();
    });
    done.add(scan);
    current = null;
    sampler = null;
  }

  private interface IoAction {
    void run() throws IOException;
  }

  private static void io(IoAction action) {
    try {
      action.run();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
