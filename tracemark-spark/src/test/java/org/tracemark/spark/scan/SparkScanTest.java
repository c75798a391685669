package org.tracemark.spark.scan;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tracemark.io.write.TableFormat;
import org.tracemark.report.ReportJson;
import org.tracemark.spark.CliProcess;
import org.tracemark.spark.Fixtures;
import org.tracemark.spark.Same;
import org.tracemark.spark.SharedSpark;
import org.tracemark.synth.SyntheticOwner;

/**
 * {@code tracemark-spark scan} against the real CLI on the same files: large CSVs read in byte ranges by several
 * tasks (UTF-8 and GBK), a workbook, chat text, a folder, a damaged workbook, a CSV broken in its middle and a
 * missing path give byte-identical JSON, findings included; a Parquet copy gives the CSV's counts per type.
 */
class SparkScanTest {
  /** Small ranges, so that a 300 KB CSV is read by five tasks. */
  static final long SPLIT = 64 * 1024;

  @TempDir static Path dir;
  static List<String> inputs = new ArrayList<>();
  static Path owners;

  @BeforeAll
  static void files() throws Exception {
    owners = Fixtures.table(dir.resolve("owners.csv"), TableFormat.CSV, StandardCharsets.UTF_8,
        Fixtures.owners("阳光花园", 3000, 7));
    Path gbk = Fixtures.table(dir.resolve("gbk.csv"), TableFormat.CSV, Charset.forName("GBK"),
        Fixtures.owners("翠湖苑", 1500, 8));
    Path xlsx = Fixtures.table(dir.resolve("book.xlsx"), TableFormat.XLSX, StandardCharsets.UTF_8,
        Fixtures.owners("金色家园", 200, 9));
    Path chat = Fixtures.text(dir.resolve("chat.txt"),
        "收件人：李娜 手机：138 1234 5678 地址：广东省深圳市南山区阳光花园3栋2单元1502室",
        "明天下午三点开会，订单号20240615138123456789", "业主王建国电话13912345670");
    Path folder = Files.createDirectories(dir.resolve("folder/sub"));
    Fixtures.table(folder.resolve("b.csv"), TableFormat.CSV, StandardCharsets.UTF_8, Fixtures.owners("绿城", 50, 10));
    Fixtures.text(dir.resolve("folder/a.txt"), "联系人张伟 13812345678");
    Path junk = dir.resolve("junk.xlsx");
    byte[] noise = new byte[3000];
    new Random(1).nextBytes(noise);
    Files.write(junk, noise);
    inputs.addAll(List.of(owners.toString(), gbk.toString(), xlsx.toString(), chat.toString(),
        dir.resolve("folder").toString(), junk.toString(), broken().toString(), dir.resolve("missing.csv").toString()));
  }

  /** A UTF-8 owner list with bytes that are not UTF-8 two thirds of the way in: reading stops there. */
  static Path broken() throws Exception {
    Path csv = Fixtures.table(dir.resolve("broken.csv"), TableFormat.CSV, StandardCharsets.UTF_8,
        Fixtures.owners("碧水湾", 2000, 11));
    byte[] bytes = Files.readAllBytes(csv);
    int at = bytes.length * 2 / 3;
    while (bytes[at] != ',') {
      at++;
    }
    bytes[at + 1] = (byte) 0xFF;
    bytes[at + 2] = (byte) 0xFE;
    Files.write(csv, bytes);
    return csv;
  }

  static String spark(List<String> paths, boolean json, boolean findings, String out) throws Exception {
    ByteArrayOutputStream stdout = new ByteArrayOutputStream();
    ByteArrayOutputStream stderr = new ByteArrayOutputStream();
    int code = new SparkScan(SharedSpark.get()).run(new SparkScan.Options(paths, json, findings, null, out, SPLIT),
        stdout, new PrintStream(stderr, true, StandardCharsets.UTF_8));
    assertThat(code).as(stderr.toString(StandardCharsets.UTF_8)).isEqualTo(3);
    return stdout.toString(StandardCharsets.UTF_8);
  }

  static CliProcess.Result cli(String... args) throws Exception {
    CliProcess.Result r = CliProcess.run(dir, args);
    assertThat(r.exitCode()).as(r.stderr()).isEqualTo(3);
    return r;
  }

  @Test
  void json_withFindings_isByteIdenticalToTheCli() throws Exception {
    List<String> args = new ArrayList<>(List.of("scan", "--json", "--findings"));
    args.addAll(inputs);
    CliProcess.Result cli = cli(args.toArray(String[]::new));
    String spark = spark(inputs, true, true, null);

    Same.text(spark, cli.stdout(), "scan --json --findings");
    JsonNode root = ReportJson.MAPPER.readTree(spark);
    assertThat(root.get("files").size()).isEqualTo(9);
    assertThat(root.get("totals").get("MOBILE").asLong()).isGreaterThan(4500);
    JsonNode broken = root.get("files").get(7);
    assertThat(broken.get("path").asText()).endsWith("broken.csv");
    assertThat(broken.get("error").asText()).contains("row ");
    assertThat(broken.get("rows").asLong()).isBetween(1000L, 1999L);
  }

  @Test
  void summaryJsonAndHumanText_areIdenticalToTheCli() throws Exception {
    List<String> args = new ArrayList<>(List.of("scan", "--json"));
    args.addAll(inputs);
    Same.text(spark(inputs, true, false, null), cli(args.toArray(String[]::new)).stdout(), "scan --json");
    args.remove("--json");
    Same.text(spark(inputs, false, false, null), cli(args.toArray(String[]::new)).stdout(), "scan (text)");
  }

  @Test
  void parquetCopy_givesTheCsvsCountsPerType_andOutWritesMaskedFindings() throws Exception {
    List<Row> rows = new ArrayList<>();
    for (List<String> r : Fixtures.owners("阳光花园", 3000, 7)) {
      rows.add(RowFactory.create(r.toArray()));
    }
    StructType schema = new StructType();
    for (String h : SyntheticOwner.HEADERS) {
      schema = schema.add(h, DataTypes.StringType, true);
    }
    Dataset<Row> data = SharedSpark.get().createDataFrame(rows, schema).repartition(3);
    Path parquet = dir.resolve("owners.parquet.d");
    data.write().parquet(parquet.toString());

    CliProcess.Result cli = CliProcess.run(dir, "scan", "--json", owners.toString());
    assertThat(cli.exitCode()).isZero();
    JsonNode csv = ReportJson.MAPPER.readTree(cli.stdout());
    ByteArrayOutputStream stdout = new ByteArrayOutputStream();
    Path out = dir.resolve("out");
    int code = new SparkScan(SharedSpark.get()).run(new SparkScan.Options(List.of(parquet.toString()), true, false,
        null, out.toString(), SPLIT), stdout, new PrintStream(new ByteArrayOutputStream(), true));
    assertThat(code).isZero();
    JsonNode pq = ReportJson.MAPPER.readTree(stdout.toString(StandardCharsets.UTF_8));

    assertThat(pq.get("files").get(0).get("format").asText()).isEqualTo("parquet");
    assertThat(pq.get("files").get(0).get("rows").asLong()).isEqualTo(3000);
    assertThat(pq.get("totals").equals(csv.get("totals"))).as("counts per type of the Parquet copy").isTrue();
    Dataset<Row> findings = SharedSpark.get().read().parquet(out.resolve("findings").toString());
    assertThat(findings.count()).isEqualTo(csv.get("totals").get("MOBILE").asLong()
        + csv.get("totals").get("ID_CARD").asLong() + csv.get("totals").get("NAME").asLong()
        + csv.get("totals").get("ADDRESS").asLong() + sumOthers(csv.get("totals")));
    assertThat(findings.columns()).doesNotContain("value");
    Row mobile = findings.filter("type = 'MOBILE'").first();
    assertThat(mobile.<String>getAs("value_masked")).contains("****");
  }

  private static long sumOthers(JsonNode totals) {
    long n = 0;
    for (var it = totals.fields(); it.hasNext(); ) {
      var e = it.next();
      if (!List.of("MOBILE", "ID_CARD", "NAME", "ADDRESS").contains(e.getKey())) {
        n += e.getValue().asLong();
      }
    }
    return n;
  }
}
