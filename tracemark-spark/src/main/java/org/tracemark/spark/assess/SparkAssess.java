package org.tracemark.spark.assess;

import static org.apache.spark.sql.functions.approx_count_distinct;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat_ws;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.hex;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.when;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.storage.StorageLevel;
import org.tracemark.assess.AssessmentTally;
import org.tracemark.assess.ExclusionReason;
import org.tracemark.assess.MaskedSample;
import org.tracemark.io.BadInputException;
import org.tracemark.law.Circumstances;
import org.tracemark.law.RecordClass;
import org.tracemark.pii.PiiEngine;
import org.tracemark.report.ReportJson;
import org.tracemark.report.assess.AssessJson;
import org.tracemark.report.assess.AssessReport;
import org.tracemark.report.assess.AssessResult;
import org.tracemark.report.assess.AssessSummary;
import org.tracemark.spark.input.HadoopConf;
import org.tracemark.spark.input.InputPlanner;
import org.tracemark.spark.input.JobContext;
import org.tracemark.spark.input.Sources;
import org.tracemark.spark.input.Unit;

/**
 * {@code tracemark-spark assess}: the CLI's assess as a Spark job. Executors assemble and classify records with the
 * CLI's code and emit one row per record outcome; the driver deduplicates on the 128-bit keys across all partitions
 * (exactly: a group-by on the key; with {@code --approx}: HyperLogLog++ per category), takes the first exclusions and
 * samples in input order, and hands the figures to tracemark-report, which writes the same JSON, summary and report
 * as the CLI.
 */
public final class SparkAssess {
  /** Relative standard deviation of {@code --approx} distinct counts. */
  public static final double APPROX_RSD = 0.01;

  /**
   * @param paths the PATH arguments as given (the JSON's {@code inputs})
   * @param out a directory for per-record Parquet, or null
   */
  public record Options(List<String> paths, Circumstances facts, boolean json, Path report, boolean approx,
      String out, long splitBytes) {}

  private final SparkSession spark;

  public SparkAssess(SparkSession spark) {
    this.spark = spark;
  }

  /** @return the CLI's exit code: 0, or 3 when a document could not be read (the others are still counted) */
  public int run(Options o, OutputStream stdout, PrintStream err) throws Exception {
    PiiEngine engine = PiiEngine.standard();
    HadoopConf conf = new HadoopConf(spark.sparkContext().hadoopConfiguration());
    InputPlanner.Plan plan = new InputPlanner(spark, conf, engine, o.splitBytes()).plan(o.paths(), true);
    JobContext job = JobContext.of(spark, engine, plan, conf);
    JavaRDD<Row> rows = Sources.union(spark, plan, new AssessTasks.Outcomes(job), new AssessTasks.Outcomes(job));
    Dataset<Row> all = spark.createDataFrame(rows, AssessTasks.SCHEMA).persist(StorageLevel.MEMORY_AND_DISK_SER());
    try {
      Parts parts = parts(plan, all.filter(col("kind").geq(AssessTasks.PART)).collectAsList());
      JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
      Broadcast<HashMap<Integer, Integer>> last = jsc.broadcast(new HashMap<>(parts.lastPart));
      Dataset<Row> outcomes = all.filter(col("kind").leq(AssessTasks.EXCLUDED))
          .filter((org.apache.spark.api.java.function.FilterFunction<Row>) r -> {
            Integer l = last.value().get(r.getInt(1));
            return l == null || r.getInt(2) <= l;
          });
      AssessmentTally tally = o.approx() ? approximate(outcomes, parts) : exact(outcomes, parts);
      AssessResult result = new AssessResult(o.paths(), o.facts(), tally, tally.severity(o.facts()), parts.failures);
      if (o.out() != null) {
        writeRecords(outcomes, parts, o.approx(), o.out());
      }
      if (o.report() != null) {
        Path parent = o.report().toAbsolutePath().getParent();
        if (parent != null) {
          Files.createDirectories(parent);
        }
        Files.writeString(o.report(), AssessReport.render(result, ZonedDateTime.now()), StandardCharsets.UTF_8);
      }
      PrintStream out = new PrintStream(stdout, true, StandardCharsets.UTF_8);
      if (o.json()) {
        var node = AssessJson.of(result);
        if (o.approx()) {
          node.put("distinct_counts", "approximate");
          node.put("distinct_rsd", APPROX_RSD);
        }
        out.println(ReportJson.text(node));
        out.flush();
      } else {
        AssessSummary.print(out, result, o.report());
      }
      for (AssessResult.Failure f : result.failures()) {
        err.println("tracemark: " + f.problem());
      }
      return result.failures().isEmpty() ? 0 : 3;
    } finally {
      all.unpersist();
    }
  }

  /** Row offsets of every part, the parts left out after a failed one, and the failures in reading order. */
  static final class Parts {
    final Map<Long, Long> offsets = new HashMap<>();
    final Map<Integer, Integer> lastPart = new HashMap<>();
    final List<AssessResult.Failure> failures = new ArrayList<>();

    static long key(int unit, int part) {
      return ((long) unit << 32) | part;
    }

    long offset(Row r) {
      return offsets.getOrDefault(key(r.getInt(1), r.getInt(2)), 0L);
    }
  }

  static Parts parts(InputPlanner.Plan plan, List<Row> stats) {
    List<Row> sorted = new ArrayList<>(stats);
    sorted.sort(Comparator.<Row>comparingInt(r -> r.getInt(1)).thenComparingInt(r -> r.getInt(2))
        .thenComparingLong(r -> r.getLong(3)));
    Parts p = new Parts();
    Map<Integer, long[]> running = new HashMap<>();
    for (Row r : sorted) {
      Unit u = plan.units().get(r.getInt(1));
      int part = r.getInt(2);
      if (p.lastPart.containsKey(u.index())) {
        continue;
      }
      long[] state = running.computeIfAbsent(u.index(), k -> new long[2]);
      if (u.kind() != Unit.Kind.WHOLE) {
        long offset = u.kind() == Unit.Kind.COLUMNAR || part == 0 ? state[0] : state[0] - state[1];
        p.offsets.putIfAbsent(Parts.key(u.index(), part), offset);
      }
      if (r.getInt(0) == AssessTasks.FAILED) {
        if (u.kind() == Unit.Kind.WHOLE) {
          p.failures.add(new AssessResult.Failure(r.getString(4), r.getString(14)));
        } else {
          long row = r.getLong(15) > 0 ? r.getLong(15) + state[0] : 0;
          p.failures.add(new AssessResult.Failure(u.displayPath(),
              new BadInputException(Path.of(u.displayPath()), row, r.getInt(16), r.getString(14)).getMessage()));
          p.lastPart.put(u.index(), part);
        }
        continue;
      }
      if (u.kind() == Unit.Kind.WHOLE) {
        continue;
      }
      if (part == 0) {
        state[1] = r.getLong(13);
      }
      state[0] += r.getLong(12);
    }
    return p;
  }

  private static AssessmentTally exact(Dataset<Row> outcomes, Parts parts) {
    Dataset<Row> counted = outcomes.filter(col("kind").equalTo(AssessTasks.COUNTED));
    Dataset<Row> excluded = outcomes.filter(col("kind").equalTo(AssessTasks.EXCLUDED));
    Dataset<Row> firsts = counted.groupBy(col("key_hi"), col("key_lo"))
        .agg(min(struct(col("unit"), col("part"), col("seq"), col("cls"), col("path"), col("row"), col("sample")))
            .as("first"))
        .persist(StorageLevel.MEMORY_AND_DISK_SER());
    try {
      Map<RecordClass, Long> uniqueByClass = new EnumMap<>(RecordClass.class);
      for (Row r : firsts.groupBy(col("first.cls")).agg(count(lit(1))).collectAsList()) {
        uniqueByClass.put(RecordClass.values()[r.getInt(0)], r.getLong(1));
      }
      long countedRows = counted.count();
      long unique = uniqueByClass.values().stream().mapToLong(Long::longValue).sum();
      List<AssessmentTally.Sample> samples = new ArrayList<>();
      for (Row f : firsts.filter(col("first.sample").isNotNull())
          .orderBy(col("first.unit"), col("first.part"), col("first.seq")).limit(AssessmentTally.SAMPLES_KEPT)
          .select(col("first.*")).collectAsList()) {
        long offset = parts.offsets.getOrDefault(Parts.key(f.getInt(0), f.getInt(1)), 0L);
        samples.add(new AssessmentTally.Sample(f.getString(4), f.getLong(5) + offset, RecordClass.values()[f.getInt(3)],
            new MaskedSample(f.getList(6))));
      }
      return tally(excluded, parts, countedRows, unique, uniqueByClass, samples);
    } finally {
      firsts.unpersist();
    }
  }

  private static AssessmentTally approximate(Dataset<Row> outcomes, Parts parts) {
    Dataset<Row> counted = outcomes.filter(col("kind").equalTo(AssessTasks.COUNTED));
    Dataset<Row> excluded = outcomes.filter(col("kind").equalTo(AssessTasks.EXCLUDED));
    Map<RecordClass, Long> uniqueByClass = new EnumMap<>(RecordClass.class);
    long countedRows = 0;
    for (Row r : counted.groupBy(col("cls")).agg(count(lit(1)),
        approx_count_distinct(concat_ws(":", hex(col("key_hi")), hex(col("key_lo"))), APPROX_RSD)).collectAsList()) {
      long rowsOfClass = r.getLong(1);
      countedRows += rowsOfClass;
      // An estimate above the class's rows would claim more distinct records than records: cap it there.
      uniqueByClass.put(RecordClass.values()[r.getInt(0)], Math.min(rowsOfClass, r.getLong(2)));
    }
    long unique = uniqueByClass.values().stream().mapToLong(Long::longValue).sum();
    List<AssessmentTally.Sample> samples = new ArrayList<>();
    for (Row f : counted.filter(col("sample").isNotNull()).orderBy(col("unit"), col("part"), col("seq"))
        .limit(AssessmentTally.SAMPLES_KEPT).collectAsList()) {
      samples.add(new AssessmentTally.Sample(f.getString(4), f.getLong(5) + parts.offset(f),
          RecordClass.values()[f.getInt(8)], new MaskedSample(f.getList(11))));
    }
    return tally(excluded, parts, countedRows, unique, uniqueByClass, samples);
  }

  private static AssessmentTally tally(Dataset<Row> excluded, Parts parts, long countedRows, long unique,
      Map<RecordClass, Long> uniqueByClass, List<AssessmentTally.Sample> samples) {
    Map<ExclusionReason, Long> byReason = new EnumMap<>(ExclusionReason.class);
    long invalid = 0;
    for (Row r : excluded.groupBy(col("reason")).agg(count(lit(1))).collectAsList()) {
      byReason.put(ExclusionReason.values()[r.getInt(0)], r.getLong(1));
      invalid += r.getLong(1);
    }
    List<AssessmentTally.ListedExclusion> listed = new ArrayList<>();
    for (Row r : excluded.orderBy(col("unit"), col("part"), col("seq")).limit(AssessmentTally.EXCLUSIONS_LISTED)
        .collectAsList()) {
      listed.add(new AssessmentTally.ListedExclusion(r.getString(4), r.getLong(5) + parts.offset(r),
          ExclusionReason.values()[r.getInt(9)], r.getString(10)));
    }
    return AssessmentTally.counted(countedRows + invalid, invalid, countedRows - unique, uniqueByClass, byReason,
        listed, samples);
  }

  /**
   * {@code DIR/records}: one row per record — document, data row, status ({@code counted}, {@code duplicate} of an
   * earlier record, {@code excluded}), category or disputed kind, exclusion reason, the masked offending value, and
   * the 128-bit deduplication key in hex (a one-way digest). With {@code --approx} duplicates are not told apart.
   */
  private void writeRecords(Dataset<Row> outcomes, Parts parts, boolean approx, String out) {
    JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    Broadcast<HashMap<Long, Long>> offsets = jsc.broadcast(new HashMap<>(parts.offsets));
    Dataset<Row> rows = outcomes;
    if (!approx) {
      rows = rows.withColumn("nth", when(col("kind").equalTo(AssessTasks.COUNTED), row_number().over(
          Window.partitionBy(col("kind"), col("key_hi"), col("key_lo")).orderBy(col("unit"), col("part"), col("seq"))))
          .otherwise(lit(1)));
    } else {
      rows = rows.withColumn("nth", lit(1));
    }
    spark.udf().register("tm_row", (org.apache.spark.sql.api.java.UDF3<Integer, Integer, Long, Long>)
        (unit, part, row) -> row + offsets.value().getOrDefault(Parts.key(unit, part), 0L),
        org.apache.spark.sql.types.DataTypes.LongType);
    String[] classes = java.util.Arrays.stream(RecordClass.values()).map(Enum::name).toArray(String[]::new);
    String[] reasons = java.util.Arrays.stream(ExclusionReason.values()).map(Enum::name).toArray(String[]::new);
    spark.udf().register("tm_name", (org.apache.spark.sql.api.java.UDF2<Integer, Integer, String>)
        (kind, ordinal) -> ordinal < 0 ? null : kind == AssessTasks.COUNTED ? classes[ordinal] : reasons[ordinal],
        org.apache.spark.sql.types.DataTypes.StringType);
    rows.selectExpr("path AS document", "tm_row(unit, part, row) AS row",
            "CASE WHEN kind = 1 THEN 'excluded' WHEN nth = 1 THEN 'counted' ELSE 'duplicate' END AS status",
            "tm_name(kind, cls) AS record_class", "tm_name(kind, reason) AS reason", "masked AS value_masked",
            "CASE WHEN kind = 0 THEN lower(concat(lpad(hex(key_hi), 16, '0'), lpad(hex(key_lo), 16, '0'))) END"
                + " AS dedup_key")
        .write().parquet(out + "/records");
  }
}
