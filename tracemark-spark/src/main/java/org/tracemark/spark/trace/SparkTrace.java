package org.tracemark.spark.trace;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.hadoop.fs.FileSystem;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;
import org.tracemark.io.BadInputException;
import org.tracemark.pii.PiiEngine;
import org.tracemark.report.ReportJson;
import org.tracemark.report.trace.EvidenceReport;
import org.tracemark.report.trace.TraceJson;
import org.tracemark.report.trace.TraceText;
import org.tracemark.spark.UsageException;
import org.tracemark.spark.VaultAccess;
import org.tracemark.spark.input.HadoopConf;
import org.tracemark.spark.input.InputPlanner;
import org.tracemark.spark.input.JobContext;
import org.tracemark.spark.input.Sources;
import org.tracemark.store.crypto.PortableBlindIndex;
import org.tracemark.store.trace.LeakLinker;
import org.tracemark.store.trace.LeakReader;
import org.tracemark.store.trace.LeakRow;
import org.tracemark.store.trace.LeakTrace;
import org.tracemark.store.user.Permission;

/**
 * {@code tracemark-spark trace}: the CLI's trace with the leak read and linked at scale. Executors read the leaked
 * files with the CLI's reader and tokenise every row's mobile, ID and flat with the vault's blind-index PRF; Spark
 * joins the tokens against an exported index ({@code export-index}), so the leak — however many rows — is cut down
 * to the rows that can link, without any plaintext on the vault's side. The driver then hands those rows and the
 * join's record ids to the store's {@link LeakTrace}: the CLI's linker decides every link, the core's
 * {@code Tracer} scores every release, and tracemark-report prints the same JSON, summary and evidence report.
 */
public final class SparkTrace {
  /** @param index the directory {@code export-index} wrote */
  public record Options(List<String> paths, String index, double alpha, boolean json, Path report, String out) {}

  private final SparkSession spark;

  public SparkTrace(SparkSession spark) {
    this.spark = spark;
  }

  public int run(VaultAccess access, Options o, OutputStream stdout, PrintStream err) throws Exception {
    if (!(o.alpha() > 0 && o.alpha() < 1)) {
      throw new UsageException("--alpha must be between 0 and 1, e.g. 1e-6");
    }
    access.actor().require(Permission.UNMASK);
    PortableBlindIndex prf = access.vault().keys().portableBlindIndex();
    HadoopConf conf = new HadoopConf(spark.sparkContext().hadoopConfiguration());
    checkExport(access, conf, o.index(), err);
    PiiEngine engine = PiiEngine.standard();
    InputPlanner.Plan plan;
    try {
      plan = new InputPlanner(spark, conf, engine, 0).plan(o.paths(), true);
    } catch (BadInputException e) {
      throw new UsageException("no such file: " + e.file());
    }
    JobContext job = JobContext.of(spark, engine, plan, conf);
    JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    TraceTasks tasks = new TraceTasks(job, jsc.broadcast(prf));
    JavaRDD<TraceItem> items = Sources.union(spark, plan, tasks, tasks).persist(StorageLevel.MEMORY_AND_DISK_SER());
    try {
      Reduced reduced = reduce(items, o.index());
      LeakTrace.Outcome outcome = new LeakTrace(access.vault(), access.releases(), engine)
          .trace(access.actor(), reduced.leak, reduced.rows, o.paths().size(), reduced.lookup(), o.alpha());
      if (o.report() != null) {
        Files.writeString(o.report(), EvidenceReport.html(outcome, o.paths().stream().map(Path::of).toList()),
            StandardCharsets.UTF_8);
      }
      if (o.out() != null) {
        writeLinks(outcome, o.out());
      }
      PrintStream out = new PrintStream(stdout, true, StandardCharsets.UTF_8);
      if (o.json()) {
        out.println(ReportJson.text(TraceJson.of(outcome, o.report() == null ? null : o.report().toString())));
      } else {
        TraceText.print(out, outcome, o.report());
      }
      return 0;
    } finally {
      items.unpersist(false);
    }
  }

  /** The leak cut down to the rows that can link, with everything the linker needs from the join. */
  private static final class Reduced {
    LeakReader.Leak leak;
    int rows;
    final Map<String, List<Long>> byMobile = new HashMap<>();
    final Map<String, List<Long>> byId = new HashMap<>();

    LeakLinker.Lookup lookup() {
      return (kind, values) -> {
        Map<String, List<Long>> from = kind.equals("mobile") ? byMobile : byId;
        Map<String, List<Long>> out = new HashMap<>();
        for (String v : values) {
          List<Long> ids = from.get(v);
          if (ids != null) {
            out.put(v, ids);
          }
        }
        return out;
      };
    }
  }

  private Reduced reduce(JavaRDD<TraceItem> items, String index) throws Exception {
    List<TraceItem> parts = items.filter(i -> !(i instanceof TraceItem.Leaked)).collect();
    List<TraceItem> sorted = new ArrayList<>(parts);
    sorted.sort(Comparator.comparingInt(TraceItem::unit).thenComparingInt(TraceItem::part));
    Map<Long, Integer> offsets = new HashMap<>();
    List<LeakReader.Column> columns = new ArrayList<>();
    List<String> documents = new ArrayList<>();
    int rows = 0;
    for (TraceItem i : sorted) {
      if (i instanceof TraceItem.Failed f) {
        throw new BadInputException(Path.of(f.file()), f.row(), f.column(), f.problem());
      }
      TraceItem.Part p = (TraceItem.Part) i;
      offsets.put(key(p.unit(), p.part()), rows);
      rows += p.rows();
      for (TraceItem.ColumnData c : p.columns()) {
        LeakReader.Column column = c.column();
        if (!columns.contains(column)) {
          columns.add(column);
        }
      }
      if (p.part() == 0) {
        documents.addAll(p.documents());
      }
    }

    StructType schema = new StructType().add("unit", DataTypes.IntegerType).add("part", DataTypes.IntegerType)
        .add("local", DataTypes.IntegerType).add("mtok", DataTypes.BinaryType, true)
        .add("itok", DataTypes.BinaryType, true).add("ftok", DataTypes.BinaryType, true)
        .add("payload", DataTypes.BinaryType);
    Dataset<Row> leak = spark.createDataFrame(items.filter(i -> i instanceof TraceItem.Leaked).map(i -> {
      TraceItem.Leaked l = (TraceItem.Leaked) i;
      return RowFactory.create(l.unit(), l.part(), l.local(), l.mobileToken(), l.idToken(), l.flatToken(),
          serialize(l.row()));
    }), schema);
    String dir = index.endsWith("/") ? index : index + "/";
    Dataset<Row> blind = spark.read().parquet(dir + IndexExport.BLIND_INDEX);
    Dataset<Row> flats = spark.read().parquet(dir + IndexExport.FLATS);
    Dataset<Row> canaries = spark.read().parquet(dir + IndexExport.CANARIES);
    String[] keys = {"unit", "part", "local"};
    Dataset<Row> byMobile = leak.join(blind.filter(col("kind").equalTo("mobile")), leak.col("mtok")
        .equalTo(blind.col("token"))).groupBy(leak.col("unit"), leak.col("part"), leak.col("local"))
        .agg(collect_list(col("record_id")).as("mobile_ids"));
    Dataset<Row> byId = leak.join(blind.filter(col("kind").equalTo("id_number")), leak.col("itok")
        .equalTo(blind.col("token"))).groupBy(leak.col("unit"), leak.col("part"), leak.col("local"))
        .agg(collect_list(col("record_id")).as("id_ids"));
    Dataset<Row> flatTokens = flats.select(col("token")).union(canaries.select(col("flat_token").as("token")))
        .distinct();
    Dataset<Row> traps = canaries.filter(col("trap_token").isNotNull()).select(col("trap_token").as("token"))
        .distinct();
    Dataset<Row> linkable = byMobile.select(keys[0], keys[1], keys[2])
        .union(byId.select(keys[0], keys[1], keys[2]))
        .union(leak.join(flatTokens, leak.col("ftok").equalTo(flatTokens.col("token")), "left_semi")
            .select(keys[0], keys[1], keys[2]))
        .union(leak.join(traps, leak.col("mtok").equalTo(traps.col("token")), "left_semi")
            .select(keys[0], keys[1], keys[2]))
        .distinct();
    List<Row> found = leak.join(linkable, scala.jdk.javaapi.CollectionConverters.asScala(List.of(keys)).toSeq(),
            "left_semi")
        .join(byMobile, scala.jdk.javaapi.CollectionConverters.asScala(List.of(keys)).toSeq(), "left")
        .join(byId, scala.jdk.javaapi.CollectionConverters.asScala(List.of(keys)).toSeq(), "left")
        .select("unit", "part", "local", "payload", "mobile_ids", "id_ids").collectAsList();

    Reduced r = new Reduced();
    List<LeakRow> linkRows = new ArrayList<>();
    for (Row f : found) {
      int number = offsets.get(key(f.getInt(0), f.getInt(1))) + f.getInt(2);
      LeakRow row = deserialize(f.getAs("payload")).row(number);
      linkRows.add(row);
      if (!f.isNullAt(4)) {
        r.byMobile.put(row.mobile().orElseThrow(), sortedIds(f.getList(4)));
      }
      if (!f.isNullAt(5)) {
        r.byId.put(row.idNumber().orElseThrow(), sortedIds(f.getList(5)));
      }
    }
    linkRows.sort(Comparator.comparingInt(LeakRow::number));
    r.leak = new LeakReader.Leak(linkRows, columns, documents);
    r.rows = rows;
    return r;
  }

  private static List<Long> sortedIds(List<Long> ids) {
    List<Long> out = new ArrayList<>(new LinkedHashSet<>(ids));
    out.sort(Comparator.naturalOrder());
    return out;
  }

  private static long key(int unit, int part) {
    return ((long) unit << 32) | part;
  }

  static byte[] serialize(TraceItem.RowData row) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(256);
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(row);
    }
    return bytes.toByteArray();
  }

  static TraceItem.RowData deserialize(byte[] bytes) throws IOException, ClassNotFoundException {
    try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes))) {
      return (TraceItem.RowData) in.readObject();
    }
  }

  /** The export must come from this vault's blind-index key, and should be as recent as the vault. */
  private static void checkExport(VaultAccess access, HadoopConf conf, String index, PrintStream err)
      throws Exception {
    org.apache.hadoop.fs.Path meta = new org.apache.hadoop.fs.Path(index, IndexExport.META);
    FileSystem fs = conf.fileSystem(meta);
    if (!fs.exists(meta)) {
      throw new UsageException("--index " + index + " holds no export (run tracemark-spark export-index --out DIR)");
    }
    JsonNode export;
    try (InputStream in = fs.open(meta)) {
      export = ReportJson.MAPPER.readTree(in);
    }
    long key = Integer.toUnsignedLong(access.vault().keys().primaryIndexKeyId());
    if (export.path("index_key_id").asLong() != key) {
      throw new UsageException("--index " + index + " was exported under another blind-index key; export again");
    }
    long current;
    try (Connection c = access.vault().database().connect();
        PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM blind_index");
        ResultSet rs = ps.executeQuery()) {
      rs.next();
      current = rs.getLong(1);
    }
    if (current != export.path("blind_index_rows").asLong()) {
      err.println("tracemark: 警告：盲索引导出（" + export.path("exported_at").asText() + "）之后保管库已变化，请重新导出。"
          + " / warning: the vault changed since the index was exported; run export-index again.");
    }
  }

  /** {@code DIR/links}: one row per linked leak row — its number, where it is, how it was linked, to what. */
  private void writeLinks(LeakTrace.Outcome outcome, String out) {
    List<Row> rows = new ArrayList<>();
    for (LeakLinker.Link l : outcome.linking().links()) {
      rows.add(RowFactory.create(l.row().number(), l.row().where(), l.method().name().toLowerCase(Locale.ROOT),
          l.ref().kind().name().toLowerCase(Locale.ROOT), l.ref().id(), l.truth().isPresent()));
    }
    StructType schema = new StructType().add("leak_row", DataTypes.IntegerType).add("where", DataTypes.StringType)
        .add("method", DataTypes.StringType).add("ref_kind", DataTypes.StringType).add("ref_id", DataTypes.IntegerType)
        .add("scored", DataTypes.BooleanType);
    spark.createDataFrame(rows, schema).coalesce(1).write().parquet(out + "/links");
  }
}
