package org.tracemark.spark.scan;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Map.Entry;
import java.util.Optional;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;
import org.tracemark.io.BadInputException;
import org.tracemark.pii.Anonymizer;
import org.tracemark.pii.Finding;
import org.tracemark.pii.PiiEngine;
import org.tracemark.pii.PiiType;
import org.tracemark.report.scan.DocumentScan;
import org.tracemark.report.scan.ScanHtmlReport;
import org.tracemark.report.scan.ScanJsonWriter;
import org.tracemark.report.scan.ScanText;
import org.tracemark.spark.input.ChunkReader;
import org.tracemark.spark.input.HadoopConf;
import org.tracemark.spark.input.InputPlanner;
import org.tracemark.spark.input.JobContext;
import org.tracemark.spark.input.Sources;
import org.tracemark.spark.input.Unit;

/**
 * {@code tracemark-spark scan}: the CLI's scan as a Spark job. Executors scan their chunks with the CLI's scanner; the
 * driver adds the parts of each document up and writes the same JSON, summary and report through tracemark-report.
 * With {@code --out DIR}, every finding is also written to {@code DIR/findings} as Parquet (values masked; canonical
 * values too with {@code --findings}).
 */
public final class SparkScan {
  /**
   * @param paths the PATH arguments as given
   * @param findings list every finding (unmasked) in the JSON, as the CLI's {@code --findings}
   * @param report an HTML report to write, or null
   * @param out a directory for per-finding Parquet, or null
   * @param splitBytes CSV/TSV files larger than this are read in ranges of this size
   */
  public record Options(List<String> paths, boolean json, boolean findings, Path report, String out,
      long splitBytes) {}

  private final SparkSession spark;

  public SparkScan(SparkSession spark) {
    this.spark = spark;
  }

  /** Runs the scan; returns the CLI's exit code (0, or 3 when a document could not be read). */
  public int run(Options o, OutputStream stdout, PrintStream err) throws Exception {
    PiiEngine engine = PiiEngine.standard();
    HadoopConf conf = new HadoopConf(spark.sparkContext().hadoopConfiguration());
    InputPlanner.Plan plan = new InputPlanner(spark, conf, engine, o.splitBytes()).plan(o.paths(), false);
    JobContext job = JobContext.of(spark, engine, plan, conf);
    List<ScanPart> parts = Sources.union(spark, plan, new ScanTasks.Summaries(job), new ScanTasks.Summaries(job))
        .collect();
    Merged merged = merge(plan, parts);
    for (DocumentScan d : merged.documents) {
      if (d.error() != null) {
        err.println("tracemark: " + d.error());
      }
    }
    Map<PiiType, Long> totals = totals(merged.documents);

    JavaRDD<Row> findings = null;
    if (o.findings() && o.json() || o.out() != null) {
      findings = Sources.union(spark, plan, new ScanTasks.Findings(job), new ScanTasks.Findings(job));
      if (o.findings() && o.json() && o.out() != null) {
        findings.persist(StorageLevel.MEMORY_AND_DISK_SER());
      }
    }
    if (o.out() != null) {
      writeFindings(findings, merged, o.findings(), o.out());
    }
    if (o.json()) {
      ScanJsonWriter writer = ScanJsonWriter.open(stdout);
      if (o.findings()) {
        streamWithFindings(writer, merged, findings.toLocalIterator());
      } else {
        merged.documents.forEach(writer::document);
      }
      writer.finish(totals);
      stdout.flush();
    } else {
      ScanText.print(new PrintStream(stdout, true, java.nio.charset.StandardCharsets.UTF_8), merged.documents,
          totals);
    }
    if (o.report() != null) {
      ScanHtmlReport.write(o.report(), merged.documents, totals);
    }
    if (findings != null) {
      findings.unpersist(false);
    }
    return merged.documents.stream().anyMatch(DocumentScan::failed) ? 3 : 0;
  }

  /**
   * The documents in reading order; for each part, the offset to add to its local row numbers, and the parts left
   * out because an earlier part of their document failed (the CLI stops reading a document at its problem).
   */
  static final class Merged {
    final List<DocumentScan> documents = new ArrayList<>();
    final List<Integer> documentUnits = new ArrayList<>();
    final Map<Long, Long> lineOffsets = new HashMap<>();
    final Map<Integer, Integer> lastPart = new HashMap<>();

    static long key(int unit, int part) {
      return ((long) unit << 32) | part;
    }

    boolean kept(int unit, int part) {
      Integer last = lastPart.get(unit);
      return last == null || part <= last;
    }

    long offset(int unit, int part) {
      return lineOffsets.getOrDefault(key(unit, part), 0L);
    }
  }

  static Merged merge(InputPlanner.Plan plan, List<ScanPart> parts) {
    Map<Integer, List<ScanPart>> byUnit = new HashMap<>();
    for (ScanPart p : parts) {
      byUnit.computeIfAbsent(p.unit(), k -> new ArrayList<>()).add(p);
    }
    Merged m = new Merged();
    for (Unit u : plan.units()) {
      List<ScanPart> mine = new ArrayList<>(byUnit.getOrDefault(u.index(), List.of()));
      mine.sort(Comparator.comparingInt(ScanPart::part));
      switch (u.kind()) {
        case UNREADABLE -> {
          DocumentScan d = new DocumentScan(u.displayPath(), Optional.empty());
          d.error(u.problem());
          add(m, u, d);
        }
        case WHOLE -> mine.forEach(p -> p.documents().forEach(s -> add(m, u, s.toScan())));
        case SPLIT, COLUMNAR -> add(m, u, partsOf(m, u, mine));
        default -> throw new IllegalStateException();
      }
    }
    return m;
  }

  private static void add(Merged m, Unit u, DocumentScan d) {
    m.documents.add(d);
    m.documentUnits.add(u.index());
  }

  /** One document from its parts: rows numbered on, the first problem ends it as it ends the CLI's reading. */
  private static DocumentScan partsOf(Merged m, Unit u, List<ScanPart> parts) {
    DocumentScan d = new DocumentScan(u.displayPath(), Optional.of(ChunkReader.info(u)));
    d.profile(u.head().profile());
    long records = 0;
    long base = 0;
    for (ScanPart p : parts) {
      if (p.part() == 0) {
        base = p.base();
      }
      long offset = u.kind() == Unit.Kind.COLUMNAR || p.part() == 0 ? records : records - base;
      m.lineOffsets.put(Merged.key(u.index(), p.part()), offset);
      p.documents().get(0).addTo(d, offset);
      if (p.problem() != null) {
        long row = p.failedRow() > 0 ? p.failedRow() + records : 0;
        d.error(new BadInputException(Path.of(u.displayPath()), row, p.failedColumn(), p.problem()).getMessage());
        m.lastPart.put(u.index(), p.part());
        break;
      }
      records += p.records();
    }
    return d;
  }

  private static void streamWithFindings(ScanJsonWriter writer, Merged m, Iterator<Row> rows) {
    Row pending = null;
    for (int i = 0; i < m.documents.size(); i++) {
      DocumentScan d = m.documents.get(i);
      int unit = m.documentUnits.get(i);
      writer.startDocument(d.path(), d.info().orElse(null), true);
      while (pending != null || rows.hasNext()) {
        Row r = pending != null ? pending : rows.next();
        pending = null;
        if (r.getInt(0) != unit || !r.getString(2).equals(d.path())) {
          if (r.getInt(0) < unit) {
            continue;
          }
          pending = r;
          break;
        }
        if (!m.kept(unit, r.getInt(1))) {
          continue;
        }
        Finding f = new Finding(PiiType.valueOf(r.getString(5)), r.getString(9), r.getInt(6), r.getInt(7),
            r.getDouble(8), Map.of(), Optional.empty());
        writer.finding(f, r.getLong(3) + m.offset(unit, r.getInt(1)), r.getInt(4));
      }
      writer.endDocument(d);
    }
  }

  private void writeFindings(JavaRDD<Row> findings, Merged m, boolean canonical, String out) {
    JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    Broadcast<HashMap<Long, Long>> offsets = jsc.broadcast(new HashMap<>(m.lineOffsets));
    Broadcast<HashMap<Integer, Integer>> last = jsc.broadcast(new HashMap<>(m.lastPart));
    StructType schema = new StructType()
        .add("document", DataTypes.StringType, false)
        .add("line", DataTypes.LongType, false)
        .add("column", DataTypes.IntegerType, true)
        .add("type", DataTypes.StringType, false)
        .add("start", DataTypes.IntegerType, false)
        .add("end", DataTypes.IntegerType, false)
        .add("confidence", DataTypes.DoubleType, false)
        .add("value_masked", DataTypes.StringType, false);
    if (canonical) {
      schema = schema.add("value", DataTypes.StringType, false);
    }
    JavaRDD<Row> rows = findings.filter(r -> {
      Integer lastPart = last.value().get(r.getInt(0));
      return lastPart == null || r.getInt(1) <= lastPart;
    }).map(r -> {
      long line = r.getLong(3) + offsets.value().getOrDefault(Merged.key(r.getInt(0), r.getInt(1)), 0L);
      Integer column = r.getInt(4) < 0 ? null : r.getInt(4);
      PiiType type = PiiType.valueOf(r.getString(5));
      String masked = Anonymizer.mask(type, r.getString(9));
      return canonical
          ? RowFactory.create(r.getString(2), line, column, type.name(), r.getInt(6), r.getInt(7), r.getDouble(8),
              masked, r.getString(9))
          : RowFactory.create(r.getString(2), line, column, type.name(), r.getInt(6), r.getInt(7), r.getDouble(8),
              masked);
    });
    spark.createDataFrame(rows, schema).write().parquet(out + "/findings");
  }

  static Map<PiiType, Long> totals(List<DocumentScan> documents) {
    Map<PiiType, Long> totals = new EnumMap<>(PiiType.class);
    for (DocumentScan d : documents) {
      for (Entry<PiiType, Long> e : d.counts().entrySet()) {
        totals.merge(e.getKey(), e.getValue(), Long::sum);
      }
    }
    return totals;
  }
}
