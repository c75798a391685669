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
import org.apache.spark.sql.Column;
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
    Dataset<Row> all = spark.createDataFrame(rows, AssessTasks.SCHEMA).persist(StorageLevel.MEMORY_AND_DISK());
    try {
      Parts parts = parts(plan, all.filter(col("kind").geq(AssessTasks.PART)).collectAsList());
      Dataset<Row> outcomes = all.filter(col("kind").leq(AssessTasks.EXCLUDED));
      for (Map.Entry<Integer, Integer> cut : parts.lastPart.entrySet()) {
        outcomes = outcomes.filter(col("unit").notEqual(cut.getKey()).or(col("part").leq(cut.getValue())));
      }
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

  /**
   * Row offsets of every part, the parts left out after a failed one, the failures in reading order, and every
   * part's document names.
   */
  static final class Parts {
    final Map<Long, Long> offsets = new HashMap<>();
    final Map<Integer, Integer> lastPart = new HashMap<>();
    final List<AssessResult.Failure> failures = new ArrayList<>();
    final Map<String, String> documents = new HashMap<>();

    static long key(int unit, int part) {
      return ((long) unit << 32) | part;
    }

    long offset(Row r) {
      return offsets.getOrDefault(key(r.<Integer>getAs("unit"), r.<Integer>getAs("part")), 0L);
    }

    String path(Row r) {
      return documents.get(r.<Integer>getAs("unit") + "/" + r.<Integer>getAs("part") + "/" + r.<Integer>getAs("doc"));
    }
  }

  static Parts parts(InputPlanner.Plan plan, List<Row> stats) {
    List<Row> sorted = new ArrayList<>(stats);
    sorted.sort(Comparator.<Row>comparingInt(r -> r.getAs("unit")).<Integer>thenComparing(r -> r.getAs("part"))
        .<Long>thenComparing(r -> r.getAs("seq")));
    Parts p = new Parts();
    Map<Integer, long[]> running = new HashMap<>();
    for (Row r : sorted) {
      Unit u = plan.units().get(r.<Integer>getAs("unit"));
      int part = r.getAs("part");
      int kind = r.getAs("kind");
      if (kind == AssessTasks.DOCUMENT) {
        p.documents.put(u.index() + "/" + part + "/" + r.<Integer>getAs("doc"), r.getAs("path"));
        continue;
      }
      if (p.lastPart.containsKey(u.index())) {
        continue;
      }
      long[] state = running.computeIfAbsent(u.index(), k -> new long[2]);
      if (u.kind() != Unit.Kind.WHOLE) {
        long offset = u.kind() == Unit.Kind.COLUMNAR || part == 0 ? state[0] : state[0] - state[1];
        p.offsets.putIfAbsent(Parts.key(u.index(), part), offset);
      }
      if (kind == AssessTasks.FAILED) {
        if (u.kind() == Unit.Kind.WHOLE) {
          p.failures.add(new AssessResult.Failure(r.getAs("path"), r.getAs("problem")));
        } else {
          long failRow = r.getAs("fail_row");
          long row = failRow > 0 ? failRow + state[0] : 0;
          p.failures.add(new AssessResult.Failure(u.displayPath(), new BadInputException(Path.of(u.displayPath()),
              row, r.<Integer>getAs("fail_column"), r.getAs("problem")).getMessage()));
          p.lastPart.put(u.index(), part);
        }
        continue;
      }
      if (u.kind() == Unit.Kind.WHOLE) {
        continue;
      }
      if (part == 0) {
        state[1] = r.getAs("base");
      }
      state[0] += r.<Long>getAs("records");
    }
    return p;
  }

  private static final Column[] ORDER = {col("unit"), col("part"), col("seq")};

  private static AssessmentTally exact(Dataset<Row> outcomes, Parts parts) {
    Dataset<Row> counted = outcomes.filter(col("kind").equalTo(AssessTasks.COUNTED));
    // The first occurrence of every key, in input order: its class is the one the CLI counts.
    Dataset<Row> firsts = counted.select(col("key_hi"), col("key_lo"), struct(col("unit"), col("part"), col("seq"),
            col("cls")).as("o"))
        .groupBy(col("key_hi"), col("key_lo")).agg(min(col("o")).as("first"));
    Map<RecordClass, Long> uniqueByClass = new EnumMap<>(RecordClass.class);
    for (Row r : firsts.groupBy(col("first.cls")).agg(count(lit(1))).collectAsList()) {
      uniqueByClass.put(RecordClass.values()[r.getInt(0)], r.getLong(1));
    }
    long unique = uniqueByClass.values().stream().mapToLong(Long::longValue).sum();
    // Samples: records carrying one (the first few of each part) that are the first occurrence of their key.
    List<Row> withSample = counted.filter(col("sample").isNotNull()).orderBy(ORDER).collectAsList();
    Dataset<Row> sampleKeys = counted.filter(col("sample").isNotNull()).select(col("key_hi"), col("key_lo"));
    Map<String, Row> firstOf = new HashMap<>();
    for (Row f : firsts.join(org.apache.spark.sql.functions.broadcast(sampleKeys.distinct()),
        scala.jdk.javaapi.CollectionConverters.asScala(List.of("key_hi", "key_lo")).toSeq(), "left_semi")
        .collectAsList()) {
      firstOf.put(f.getLong(0) + ":" + f.getLong(1), f.getStruct(2));
    }
    List<AssessmentTally.Sample> samples = new ArrayList<>();
    for (Row r : withSample) {
      Row first = firstOf.get(r.<Long>getAs("key_hi") + ":" + r.<Long>getAs("key_lo"));
      if (first != null && first.getInt(0) == r.<Integer>getAs("unit") && first.getInt(1) == r.<Integer>getAs("part")
          && first.getLong(2) == r.<Long>getAs("seq") && samples.size() < AssessmentTally.SAMPLES_KEPT) {
        samples.add(sample(r, parts));
      }
    }
    return tally(outcomes, parts, unique, uniqueByClass, samples);
  }

  private static AssessmentTally approximate(Dataset<Row> outcomes, Parts parts) {
    Dataset<Row> counted = outcomes.filter(col("kind").equalTo(AssessTasks.COUNTED));
    Map<RecordClass, Long> uniqueByClass = new EnumMap<>(RecordClass.class);
    for (Row r : counted.groupBy(col("cls")).agg(count(lit(1)),
        approx_count_distinct(concat_ws(":", hex(col("key_hi")), hex(col("key_lo"))), APPROX_RSD)).collectAsList()) {
      // An estimate above the class's rows would claim more distinct records than records: cap it there.
      uniqueByClass.put(RecordClass.values()[r.getInt(0)], Math.min(r.getLong(1), r.getLong(2)));
    }
    long unique = uniqueByClass.values().stream().mapToLong(Long::longValue).sum();
    List<AssessmentTally.Sample> samples = new ArrayList<>();
    for (Row r : counted.filter(col("sample").isNotNull()).orderBy(ORDER).limit(AssessmentTally.SAMPLES_KEPT)
        .collectAsList()) {
      samples.add(sample(r, parts));
    }
    return tally(outcomes, parts, unique, uniqueByClass, samples);
  }

  private static AssessmentTally.Sample sample(Row r, Parts parts) {
    return new AssessmentTally.Sample(parts.path(r), r.<Long>getAs("row") + parts.offset(r),
        RecordClass.values()[r.<Integer>getAs("cls")], new MaskedSample(r.getList(r.fieldIndex("sample"))));
  }

  private static AssessmentTally tally(Dataset<Row> outcomes, Parts parts, long unique,
      Map<RecordClass, Long> uniqueByClass, List<AssessmentTally.Sample> samples) {
    Map<ExclusionReason, Long> byReason = new EnumMap<>(ExclusionReason.class);
    long invalid = 0;
    long counted = 0;
    for (Row r : outcomes.groupBy(col("kind"), col("reason")).agg(count(lit(1))).collectAsList()) {
      if (r.getInt(0) == AssessTasks.COUNTED) {
        counted += r.getLong(2);
      } else {
        byReason.put(ExclusionReason.values()[r.getInt(1)], r.getLong(2));
        invalid += r.getLong(2);
      }
    }
    List<AssessmentTally.ListedExclusion> listed = new ArrayList<>();
    for (Row r : outcomes.filter(col("kind").equalTo(AssessTasks.EXCLUDED))
        .select(col("unit"), col("part"), col("seq"), col("doc"), col("row"), col("reason"), col("masked"))
        .orderBy(ORDER).limit(AssessmentTally.EXCLUSIONS_LISTED).collectAsList()) {
      listed.add(new AssessmentTally.ListedExclusion(parts.path(r), r.<Long>getAs("row") + parts.offset(r),
          ExclusionReason.values()[r.<Integer>getAs("reason")], r.getAs("masked")));
    }
    return AssessmentTally.counted(counted + invalid, invalid, counted - unique, uniqueByClass, byReason, listed,
        samples);
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
    Broadcast<HashMap<String, String>> documents = jsc.broadcast(new HashMap<>(parts.documents));
    spark.udf().register("tm_document", (org.apache.spark.sql.api.java.UDF3<Integer, Integer, Integer, String>)
        (unit, part, doc) -> documents.value().get(unit + "/" + part + "/" + doc),
        org.apache.spark.sql.types.DataTypes.StringType);
    rows.selectExpr("tm_document(unit, part, doc) AS document", "tm_row(unit, part, row) AS row",
            "CASE WHEN kind = 1 THEN 'excluded' WHEN nth = 1 THEN 'counted' ELSE 'duplicate' END AS status",
            "tm_name(kind, cls) AS record_class", "tm_name(kind, reason) AS reason", "masked AS value_masked",
            "CASE WHEN kind = 0 THEN lower(concat(lpad(hex(key_hi), 16, '0'), lpad(hex(key_lo), 16, '0'))) END"
                + " AS dedup_key")
        .write().parquet(out + "/records");
  }
}
