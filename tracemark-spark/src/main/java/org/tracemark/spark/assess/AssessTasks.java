package org.tracemark.spark.assess;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.function.Consumer;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.tracemark.assess.CategoryClassifier;
import org.tracemark.assess.DocumentAssessor;
import org.tracemark.assess.EngineAnalyzer;
import org.tracemark.assess.Outcome;
import org.tracemark.assess.OutcomeSink;
import org.tracemark.io.BadInputException;
import org.tracemark.io.read.DelimitedSplit;
import org.tracemark.report.assess.AssessHandler;
import org.tracemark.report.assess.AssessResult;
import org.tracemark.spark.input.CellText;
import org.tracemark.spark.input.Chunk;
import org.tracemark.spark.input.ChunkReader;
import org.tracemark.spark.input.JobContext;
import org.tracemark.spark.input.PushIterator;
import org.tracemark.spark.input.Sources;
import org.tracemark.spark.input.Unit;
import org.tracemark.spark.scan.RowsOnly;

/**
 * The executor side of the assess job: every chunk goes through the CLI's {@link DocumentAssessor} (record assembly,
 * exclusions, categories, 128-bit keys), and each record's {@link Outcome} becomes one row; deduplication happens
 * afterwards, across all partitions, on the keys.
 */
final class AssessTasks {
  static final int COUNTED = 0;
  static final int EXCLUDED = 1;
  static final int PART = 2;
  static final int FAILED = 3;
  static final int DOCUMENT = 4;

  /**
   * One row per outcome, per document, per part read and per failure; see the field comments. Outcome rows are
   * narrow — a record's document is a number, named once by a DOCUMENT row — because they are what assess shuffles.
   */
  static final StructType SCHEMA = new StructType()
      .add("kind", DataTypes.IntegerType, false)
      .add("unit", DataTypes.IntegerType, false)
      .add("part", DataTypes.IntegerType, false)
      .add("seq", DataTypes.LongType, false)
      // DOCUMENT rows and outcomes: the document's number within the part; DOCUMENT and FAILED rows: its path
      .add("doc", DataTypes.IntegerType, false)
      .add("path", DataTypes.StringType, true)
      .add("row", DataTypes.LongType, false)
      .add("key_hi", DataTypes.LongType, false)
      .add("key_lo", DataTypes.LongType, false)
      .add("cls", DataTypes.IntegerType, false)
      .add("reason", DataTypes.IntegerType, false)
      .add("masked", DataTypes.StringType, true)
      .add("sample", DataTypes.createArrayType(DataTypes.StringType, false), true)
      // PART rows: records read by a byte range (rows by a partition) and the header record of the first range
      .add("records", DataTypes.LongType, false)
      .add("base", DataTypes.LongType, false)
      // FAILED rows: the problem (whole files: the complete message), and for byte ranges its local row and column
      .add("problem", DataTypes.StringType, true)
      .add("fail_row", DataTypes.LongType, false)
      .add("fail_column", DataTypes.IntegerType, false);

  private AssessTasks() {}

  /** Reads chunks and partitions into outcome rows. */
  static final class Outcomes implements FlatMapFunction<Chunk, Row>, Sources.ColumnarWork<Row> {
    private static final long serialVersionUID = 1L;
    private final JobContext job;

    Outcomes(JobContext job) {
      this.job = job;
    }

    @Override
    public Iterator<Row> call(Chunk chunk) {
      return new PushIterator<>("assess", sink -> assess(job, chunk, sink));
    }

    /** Pulls the partition's rows in the task's thread (Spark's readers need it) and yields their outcomes. */
    @Override
    public Iterator<Row> apply(Unit unit, int partition, Iterator<Row> rows) {
      ArrayDeque<Row> ready = new ArrayDeque<>();
      Emitter out = new Emitter(unit.index(), partition, ready::add);
      DocumentAssessor assessor = assessor(job, out);
      assessor.startPart(unit.displayPath(), unit.head().header(),
          new EngineAnalyzer(job.pii()).table(unit.head().profile(), unit.head().width()));
      return new Iterator<>() {
        long n;
        boolean ended;

        @Override
        public boolean hasNext() {
          while (ready.isEmpty() && !ended) {
            if (rows.hasNext()) {
              assessor.row(++n, CellText.cells(rows.next()));
            } else {
              assessor.endDocument();
              out.part(n, 0);
              ended = true;
            }
          }
          return !ready.isEmpty();
        }

        @Override
        public Row next() {
          if (!hasNext()) {
            throw new NoSuchElementException();
          }
          return ready.poll();
        }
      };
    }
  }

  private static DocumentAssessor assessor(JobContext job, OutcomeSink sink) {
    return new DocumentAssessor(new EngineAnalyzer(job.pii()), new CategoryClassifier(), sink);
  }

  static void assess(JobContext job, Chunk chunk, Consumer<Row> sink) {
    Unit unit = job.unit(chunk.unit());
    Emitter out = new Emitter(unit.index(), chunk.part(), sink);
    DocumentAssessor assessor = assessor(job, out);
    if (unit.kind() == Unit.Kind.WHOLE) {
      AssessHandler handler = new AssessHandler(assessor);
      try {
        ChunkReader.whole(unit, job.hadoop(), handler);
      } catch (IOException e) {
        out.failed(unit.displayPath(), new BadInputException(java.nio.file.Path.of(unit.displayPath()), 0, 0,
            "cannot read: " + e.getClass().getSimpleName()).getMessage(), 0, 0);
      }
      for (AssessResult.Failure f : handler.failures()) {
        out.failed(f.path(), f.problem(), 0, 0);
      }
      out.part(0, 0);
      return;
    }
    assessor.startPart(unit.displayPath(), unit.head().header(),
        new EngineAnalyzer(job.pii()).table(unit.head().profile(), unit.head().width()));
    try {
      DelimitedSplit.Stats stats = ChunkReader.split(unit, chunk, job.hadoop(),
          RowsOnly.of(new AssessHandler(assessor)));
      assessor.endDocument();
      out.part(stats.records(), stats.base());
    } catch (BadInputException e) {
      assessor.failed();
      out.failed(unit.displayPath(), e.problem(), e.row().orElse(0L), e.column().orElse(0));
      out.part(0, 0);
    } catch (IOException e) {
      assessor.failed();
      out.failed(unit.displayPath(), "cannot be read (" + e.getClass().getSimpleName() + ")", 0, 0);
      out.part(0, 0);
    }
  }

  /** Turns outcomes into rows, numbering them in emission order. */
  private static final class Emitter implements OutcomeSink {
    private final int unit;
    private final int part;
    private final Consumer<Row> sink;
    private final java.util.Map<String, Integer> documents = new java.util.HashMap<>();
    private long seq;

    private int document(String path) {
      Integer d = documents.get(path);
      if (d == null) {
        d = documents.size();
        documents.put(path, d);
        sink.accept(RowFactory.create(DOCUMENT, unit, part, seq++, d, path, 0L, 0L, 0L, -1, -1, null, null, 0L, 0L,
            null, 0L, 0));
      }
      return d;
    }

    Emitter(int unit, int part, Consumer<Row> sink) {
      this.unit = unit;
      this.part = part;
      this.sink = sink;
    }

    @Override
    public void add(String path, Outcome outcome) {
      int doc = document(path);
      if (outcome instanceof Outcome.Counted c) {
        String[] sample = c.sample().map(s -> s.fields().toArray(String[]::new)).orElse(null);
        sink.accept(RowFactory.create(COUNTED, unit, part, seq++, doc, null, c.row(), c.keyHigh(), c.keyLow(),
            c.recordClass().ordinal(), -1, null, sample, 0L, 0L, null, 0L, 0));
      } else if (outcome instanceof Outcome.Excluded e) {
        sink.accept(RowFactory.create(EXCLUDED, unit, part, seq++, doc, null, e.row(), 0L, 0L, -1,
            e.reason().ordinal(), e.maskedValue(), null, 0L, 0L, null, 0L, 0));
      }
    }

    void part(long records, long base) {
      sink.accept(RowFactory.create(PART, unit, part, seq++, -1, null, 0L, 0L, 0L, -1, -1, null, null, records, base,
          null, 0L, 0));
    }

    /** A failure: whole files give the complete message; byte ranges the bare problem and its local place. */
    void failed(String path, String problem, long row, int column) {
      sink.accept(RowFactory.create(FAILED, unit, part, seq++, -1, path, 0L, 0L, 0L, -1, -1, null, null, 0L, 0L,
          problem, row, column));
    }
  }
}
