package org.tracemark.spark.scan;

import java.io.IOException;
import java.util.Iterator;
import java.util.List;
import java.util.function.Consumer;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.tracemark.io.BadInputException;
import org.tracemark.io.read.DelimitedSplit;
import org.tracemark.io.read.DocumentHandler;
import org.tracemark.io.read.DocumentInfo;
import org.tracemark.report.scan.ScanHandler;
import org.tracemark.spark.input.CellText;
import org.tracemark.spark.input.Chunk;
import org.tracemark.spark.input.ChunkReader;
import org.tracemark.spark.input.JobContext;
import org.tracemark.spark.input.PushIterator;
import org.tracemark.spark.input.Sources;
import org.tracemark.spark.input.Unit;

/**
 * The executor side of the scan job: every chunk is scanned by tracemark-report's {@link ScanHandler}, the CLI's
 * scanner — whole files exactly as the CLI reads them, byte ranges and partitions with the profile the driver made
 * from the document's first rows.
 */
final class ScanTasks {
  private ScanTasks() {}

  /** Summaries: one {@link ScanPart} per chunk or partition. */
  static final class Summaries implements FlatMapFunction<Chunk, ScanPart>, Sources.ColumnarWork<ScanPart> {
    private static final long serialVersionUID = 1L;
    private final JobContext job;

    Summaries(JobContext job) {
      this.job = job;
    }

    @Override
    public Iterator<ScanPart> call(Chunk chunk) throws Exception {
      return List.of(scan(job, chunk, null)).iterator();
    }

    @Override
    public Iterator<ScanPart> apply(Unit unit, int partition, Iterator<Row> rows) {
      return List.of(scanPartition(job, unit, partition, rows, null)).iterator();
    }
  }

  /**
   * Findings, one Spark row each, in reading order: unit, part, document, line (local to the part), column (-1 for
   * text), type, start, end, confidence, canonical value.
   */
  static final class Findings implements FlatMapFunction<Chunk, Row>, Sources.ColumnarWork<Row> {
    private static final long serialVersionUID = 1L;
    private final JobContext job;

    Findings(JobContext job) {
      this.job = job;
    }

    @Override
    public Iterator<Row> call(Chunk chunk) {
      return new PushIterator<>("scan-findings", sink -> scan(job, chunk, rows(chunk.unit(), chunk.part(), sink)));
    }

    /** Pulls the partition's rows in the task's own thread (Spark's readers need it) and yields their findings. */
    @Override
    public Iterator<Row> apply(Unit unit, int partition, Iterator<Row> rows) {
      java.util.ArrayDeque<Row> ready = new java.util.ArrayDeque<>();
      ScanHandler handler = handler(job, rows(unit.index(), partition, ready::add));
      DocumentInfo info = ChunkReader.info(unit);
      handler.startPart(info, unit.head().profile());
      return new Iterator<>() {
        long n;
        boolean ended;

        @Override
        public boolean hasNext() {
          while (ready.isEmpty() && !ended) {
            if (rows.hasNext()) {
              handler.row(++n, CellText.cells(rows.next()));
            } else {
              handler.endDocument(info);
              ended = true;
            }
          }
          return !ready.isEmpty();
        }

        @Override
        public Row next() {
          if (!hasNext()) {
            throw new java.util.NoSuchElementException();
          }
          return ready.poll();
        }
      };
    }

    private static ScanHandler.FindingSink rows(int unit, int part, Consumer<Row> sink) {
      return (document, f, line, column) -> sink.accept(RowFactory.create(unit, part, document, line, column,
          f.type().name(), f.start(), f.end(), f.confidence(), f.value()));
    }
  }

  private static ScanHandler handler(JobContext job, ScanHandler.FindingSink findings) {
    ScanHandler h = new ScanHandler(job.pii(), null, false, problem -> { }, n -> { });
    return findings == null ? h : h.withFindingSink(findings);
  }

  static ScanPart scan(JobContext job, Chunk chunk, ScanHandler.FindingSink findings) {
    Unit unit = job.unit(chunk.unit());
    ScanHandler handler = handler(job, findings);
    if (unit.kind() == Unit.Kind.WHOLE) {
      try {
        ChunkReader.whole(unit, job.hadoop(), handler);
      } catch (IOException e) {
        handler.unreadable(unit.displayPath(), "cannot be read (" + e.getClass().getSimpleName() + ")");
      }
      return new ScanPart(unit.index(), 0, handler.documents().stream().map(DocSummary::of).toList(), 0, 0, -1, 0,
          null);
    }
    DocumentInfo info = ChunkReader.info(unit);
    handler.startPart(info, unit.head().profile());
    try {
      DelimitedSplit.Stats stats = ChunkReader.split(unit, chunk, job.hadoop(), RowsOnly.of(handler));
      handler.endDocument(info);
      return new ScanPart(unit.index(), chunk.part(), List.of(DocSummary.of(handler.documents().get(0))),
          stats.records(), stats.base(), -1, 0, null);
    } catch (BadInputException e) {
      handler.failed(unit.displayPath(), e);
      return new ScanPart(unit.index(), chunk.part(), List.of(DocSummary.of(handler.documents().get(0))), 0, 0,
          e.row().orElse(0L), e.column().orElse(0), e.problem());
    } catch (IOException e) {
      String problem = "cannot be read (" + e.getClass().getSimpleName() + ")";
      handler.failed(unit.displayPath(), new BadInputException(info.file(), 0, 0, problem));
      return new ScanPart(unit.index(), chunk.part(), List.of(DocSummary.of(handler.documents().get(0))), 0, 0, 0,
          0, problem);
    }
  }

  static ScanPart scanPartition(JobContext job, Unit unit, int partition, Iterator<Row> rows,
      ScanHandler.FindingSink findings) {
    ScanHandler handler = handler(job, findings);
    DocumentInfo info = ChunkReader.info(unit);
    handler.startPart(info, unit.head().profile());
    long n = 0;
    while (rows.hasNext()) {
      handler.row(++n, CellText.cells(rows.next()));
    }
    handler.endDocument(info);
    return new ScanPart(unit.index(), partition, List.of(DocSummary.of(handler.documents().get(0))), n, 0, -1, 0,
        null);
  }
}
