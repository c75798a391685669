package org.tracemark.spark.trace;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.tracemark.io.BadInputException;
import org.tracemark.io.read.DocumentHandler;
import org.tracemark.io.read.DocumentInfo;
import org.tracemark.io.read.DocumentReader;
import org.tracemark.io.read.ReadLimits;
import org.tracemark.io.write.TableFormat;
import org.tracemark.io.write.TableWriter;
import org.tracemark.report.ReportJson;
import org.tracemark.spark.CliProcess;
import org.tracemark.spark.Fixtures;
import org.tracemark.spark.SharedSpark;
import org.tracemark.spark.SparkCommand;
import org.tracemark.spark.VaultAccess;
import org.tracemark.synth.SyntheticOwner;

/**
 * {@code tracemark-spark trace} against the real CLI on one organisation's vault (made with the CLI: import, three
 * recipients, a trap number, three fingerprinted releases): leaks mixing copies, foreign rows, dropped columns, an
 * xlsx and chat text give the CLI's verdicts — every field of {@code verdicts} and {@code candidates}, the counts,
 * the links per method and the columns; only the trace's own audit event differs (each run records one).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SparkTraceTest {
  /** In the unassigned 100 segment: dials nobody. Tracemark never invents trap numbers; the test uses a dead one. */
  static final String TRAP = "10000000017";
  static final List<String> RECIPIENTS = List.of("销售甲", "物业乙", "银行丙");

  @TempDir static Path home;
  @TempDir static Path work;
  final List<Path> copies = new ArrayList<>();
  Path index;

  CliProcess.Result ok(String user, String... args) throws Exception {
    List<String> all = new ArrayList<>();
    if (user != null) {
      all.addAll(List.of("--user", user));
    }
    all.addAll(List.of(args));
    CliProcess.Result r = CliProcess.run(home, Map.of(), List.of(), all.toArray(String[]::new));
    assertThat(r.exitCode()).as(String.join(" ", args) + "\n" + r.stderr()).isZero();
    return r;
  }

  VaultAccess vault() throws Exception {
    SparkCommand root = new SparkCommand();
    root.home = home;
    root.user = "sam";
    return VaultAccess.open(root, new PrintStream(new ByteArrayOutputStream(), true));
  }

  @BeforeAll
  void organisation() throws Exception {
    Path owners = work.resolve("owners.csv");
    ok(null, "synth", "owners", "--community", "阳光花园", "--rows", "900", "--seed", "11", "--out", owners.toString());
    ok(null, "user", "add", "ada", "--role", "admin");
    ok("ada", "user", "add", "sam", "--role", "steward");
    ok("ada", "import", owners.toString(), "--community", "阳光花园");
    for (String r : RECIPIENTS) {
      ok("sam", "recipient", "add", r);
    }
    ok("sam", "canary", "pool", "add", TRAP, "--label", "test line");
    for (String r : RECIPIENTS) {
      Path out = work.resolve(r + ".csv");
      ok("sam", "release", "--to", r, "--rows", "400", "--out", out.toString());
      copies.add(out);
    }
    index = work.resolve("index");
    ObjectNode export = ExportIndexCommand.export(vault(), index.toString());
    assertThat(export.get("blind_index_rows").asLong()).isGreaterThanOrEqualTo(900);
    assertThat(export.get("releases").asInt()).isEqualTo(3);
  }

  JsonNode spark(List<Path> files) throws Exception {
    ByteArrayOutputStream stdout = new ByteArrayOutputStream();
    ByteArrayOutputStream stderr = new ByteArrayOutputStream();
    Path out = work.resolve("links-" + System.nanoTime());
    int code = new SparkTrace(SharedSpark.get()).run(vault(), new SparkTrace.Options(
        files.stream().map(Path::toString).toList(), index.toString(), 1e-6, true, null, out.toString()), stdout,
        new PrintStream(stderr, true, StandardCharsets.UTF_8));
    assertThat(code).as(stderr.toString(StandardCharsets.UTF_8)).isZero();
    assertThat(stderr.toString(StandardCharsets.UTF_8)).doesNotContain("warning");
    JsonNode json = ReportJson.MAPPER.readTree(stdout.toString(StandardCharsets.UTF_8));
    Dataset<Row> links = SharedSpark.get().read().parquet(out.resolve("links").toString());
    assertThat(links.count()).isEqualTo(json.get("linked").asLong());
    return json;
  }

  JsonNode cli(List<Path> files) throws Exception {
    List<String> args = new ArrayList<>(List.of("trace", "--json"));
    files.forEach(f -> args.add(f.toString()));
    return ReportJson.MAPPER.readTree(ok("sam", args.toArray(String[]::new)).stdout());
  }

  /** Everything but the trace's own audit event, which each run appends anew. */
  static void assertSameVerdicts(JsonNode spark, JsonNode cli) {
    ObjectNode a = spark.deepCopy();
    ObjectNode b = cli.deepCopy();
    assertThat(a.remove("audit_seq").asLong()).isGreaterThan(0);
    b.remove("audit_seq");
    assertThat(ReportJson.text(a).equals(ReportJson.text(b)))
        .as("trace JSON (verdicts, candidates, counts, links, columns) equals the CLI's").isTrue();
  }

  @Test
  void twoCopiesResortedToXlsxWithAColumnDroppedAndForeignRows_sameVerdictsAsTheCli() throws Exception {
    Random random = new Random(3);
    List<List<String>> leak = new ArrayList<>();
    for (int i : new int[] {0, 2}) {
      List<List<String>> rows = read(copies.get(i));
      rows = new ArrayList<>(rows.subList(1, rows.size()));
      Collections.shuffle(rows, random);
      leak.addAll(rows.subList(0, 40));
    }
    leak.addAll(Fixtures.owners("别的小区", 15, 99));
    Collections.shuffle(leak, random);
    Path xlsx = work.resolve("leak.xlsx");
    try (TableWriter w = TableWriter.open(xlsx, TableFormat.XLSX, StandardCharsets.UTF_8)) {
      w.writeRow(drop(SyntheticOwner.HEADERS, 8));
      for (List<String> r : leak) {
        w.writeRow(drop(r, 8));
      }
    }
    JsonNode cli = cli(List.of(xlsx));
    JsonNode spark = spark(List.of(xlsx));

    assertSameVerdicts(spark, cli);
    assertThat(spark.get("rows").asInt()).isEqualTo(95);
    assertThat(spark.get("linked").asInt()).isEqualTo(80);
    List<String> accused = new ArrayList<>();
    spark.get("verdicts").forEach(v -> accused.add(v.get("recipient").asText()));
    assertThat(accused).containsExactlyInAnyOrder("销售甲", "银行丙");
  }

  @Test
  void wholeCopyWithItsCanaryPlusChatLinesFromAnother_sameVerdictsAsTheCli() throws Exception {
    List<List<String>> copy = read(copies.get(1));
    Path csv = work.resolve("copy.csv");
    try (TableWriter w = TableWriter.open(csv, TableFormat.CSV, StandardCharsets.UTF_8)) {
      for (List<String> r : copy.subList(0, 120)) {
        w.writeRow(r);
      }
    }
    List<String> lines = new ArrayList<>();
    for (List<String> r : read(copies.get(0)).subList(1, 31)) {
      lines.add("业主" + r.get(5).strip() + " 电话" + r.get(6) + " 住" + r.get(1) + r.get(2) + r.get(4));
    }
    Path chat = Files.writeString(work.resolve("chat.txt"), String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
    List<Path> files = List.of(csv, chat, copies.get(1));
    JsonNode cli = cli(files);
    JsonNode spark = spark(files);

    assertSameVerdicts(spark, cli);
    assertThat(spark.get("canaries_found").asInt()).isPositive();
    assertThat(spark.get("verdicts").size()).isPositive();
  }

  private static List<String> drop(List<String> row, int column) {
    List<String> out = new ArrayList<>(row);
    out.remove(column);
    return out;
  }

  static List<List<String>> read(Path file) throws IOException {
    List<List<String>> out = new ArrayList<>();
    new DocumentReader(ReadLimits.defaults()).read(file, new DocumentHandler() {
      @Override
      public void startDocument(DocumentInfo info) {}

      @Override
      public void header(List<String> header) {
        out.add(header);
      }

      @Override
      public void row(long rowNumber, List<String> cells) {
        out.add(cells);
      }

      @Override
      public void line(long lineNumber, String line) {}

      @Override
      public void endDocument(DocumentInfo info) {}

      @Override
      public void failed(String displayPath, BadInputException problem) {
        throw new IllegalStateException(problem.getMessage());
      }
    });
    return out;
  }
}
