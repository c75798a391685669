package org.tracemark.spark.assess;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tracemark.io.write.TableFormat;
import org.tracemark.law.Circumstances;
import org.tracemark.report.ReportJson;
import org.tracemark.spark.CliProcess;
import org.tracemark.spark.Fixtures;
import org.tracemark.spark.Same;
import org.tracemark.spark.SharedSpark;

/**
 * {@code tracemark-spark assess} against the real CLI: duplicates spread over byte ranges and files, invalid IDs and
 * mobiles, a workbook, chat records, a damaged workbook and a CSV broken midway give the CLI's JSON byte for byte —
 * every field, the verdicts under every reading included.
 */
class SparkAssessTest {
  static final long SPLIT = 64 * 1024;

  @TempDir static Path dir;
  static final List<String> inputs = new ArrayList<>();

  @BeforeAll
  static void files() throws Exception {
    List<List<String>> owners = Fixtures.owners("阳光花园", 3000, 7);
    Random random = new Random(5);
    List<List<String>> rows = new ArrayList<>();
    for (List<String> r : owners) {
      List<String> row = new ArrayList<>(r);
      int dice = random.nextInt(100);
      if (dice < 2) {
        String id = row.get(7);
        row.set(7, id.substring(0, 17) + (id.charAt(17) == '1' ? '2' : '1'));
      } else if (dice < 3) {
        row.set(6, "100" + row.get(6).substring(3));
      }
      rows.add(row);
    }
    rows.addAll(owners.subList(0, 150));
    inputs.add(Fixtures.table(dir.resolve("owners.csv"), TableFormat.CSV, StandardCharsets.UTF_8, rows).toString());
    inputs.add(Fixtures.table(dir.resolve("copy.xlsx"), TableFormat.XLSX, StandardCharsets.UTF_8,
        owners.subList(2000, 2300)).toString());
    inputs.add(Fixtures.table(dir.resolve("gbk.csv"), TableFormat.CSV, Charset.forName("GBK"),
        Fixtures.owners("翠湖苑", 1500, 8)).toString());
    inputs.add(Fixtures.text(dir.resolve("chat.txt"),
        "收件人：李娜 手机：138 1234 5678 地址：广东省深圳市南山区阳光花园3栋2单元1502室",
        "业主王建国电话13912345670 身份证110105194912310021", "快递单号 SF1234567890123 收件人赵六 13700001111").toString());
    Path junk = dir.resolve("junk.xlsx");
    byte[] noise = new byte[3000];
    random.nextBytes(noise);
    Files.write(junk, noise);
    inputs.add(junk.toString());
    Path broken = Fixtures.table(dir.resolve("broken.csv"), TableFormat.CSV, StandardCharsets.UTF_8,
        Fixtures.owners("碧水湾", 2000, 11));
    byte[] bytes = Files.readAllBytes(broken);
    int at = bytes.length * 2 / 3;
    while (bytes[at] != ',') {
      at++;
    }
    bytes[at + 1] = (byte) 0xFF;
    bytes[at + 2] = (byte) 0xFE;
    Files.write(broken, bytes);
    inputs.add(broken.toString());
  }

  static String spark(Circumstances facts, boolean json, boolean approx, String out) throws Exception {
    ByteArrayOutputStream stdout = new ByteArrayOutputStream();
    ByteArrayOutputStream stderr = new ByteArrayOutputStream();
    int code = new SparkAssess(SharedSpark.get()).run(new SparkAssess.Options(inputs, facts, json, null, approx, out,
        SPLIT), stdout, new PrintStream(stderr, true, StandardCharsets.UTF_8));
    assertThat(code).as(stderr.toString(StandardCharsets.UTF_8)).isEqualTo(3);
    return stdout.toString(StandardCharsets.UTF_8);
  }

  static String cli(String... options) throws Exception {
    List<String> args = new ArrayList<>(List.of("assess"));
    args.addAll(List.of(options));
    args.addAll(inputs);
    CliProcess.Result r = CliProcess.run(dir, args.toArray(String[]::new));
    assertThat(r.exitCode()).as(r.stderr()).isEqualTo(3);
    return r.stdout();
  }

  @Test
  void json_everyFieldIdenticalToTheCli_withAndWithoutCircumstances() throws Exception {
    String plain = spark(Circumstances.none(), true, false, null);
    Same.text(plain, cli("--json"), "assess --json");
    JsonNode root = ReportJson.MAPPER.readTree(plain);
    assertThat(root.get("duplicates").asLong()).isGreaterThanOrEqualTo(400);
    assertThat(root.get("records_invalid").asLong()).isPositive();
    assertThat(root.get("failed").size()).isEqualTo(2);

    Circumstances facts = new Circumstances(new BigDecimal("5000"), true, false, 3);
    Same.text(spark(facts, true, false, null), cli("--json", "--gains", "5000", "--insider", "--buyers", "3"),
        "assess --json --gains 5000 --insider --buyers 3");
    Same.text(spark(Circumstances.none(), false, false, null), cli(), "assess (text)");
  }

  @Test
  void approx_staysWithinOnePercent_andOutWritesOneRowPerRecord() throws Exception {
    JsonNode exact = ReportJson.MAPPER.readTree(spark(Circumstances.none(), true, false, dir.resolve("out")
        .toString()));
    JsonNode approx = ReportJson.MAPPER.readTree(spark(Circumstances.none(), true, true, null));
    assertThat(approx.get("distinct_counts").asText()).isEqualTo("approximate");
    assertThat(approx.get("records_total").asLong()).isEqualTo(exact.get("records_total").asLong());
    assertThat((double) approx.get("records_unique").asLong())
        .isCloseTo(exact.get("records_unique").asDouble(), org.assertj.core.data.Percentage.withPercentage(2));

    Dataset<Row> records = SharedSpark.get().read().parquet(dir.resolve("out/records").toString());
    assertThat(records.count()).isEqualTo(exact.get("records_total").asLong());
    assertThat(records.filter("status = 'duplicate'").count()).isEqualTo(exact.get("duplicates").asLong());
    assertThat(records.filter("status = 'excluded'").count()).isEqualTo(exact.get("records_invalid").asLong());
    assertThat(records.filter("status = 'counted'").select("dedup_key").distinct().count())
        .isEqualTo(exact.get("records_unique").asLong());
  }
}
