package org.tracemark.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.tracemark.io.BadInputException;
import org.tracemark.io.read.DocumentHandler;
import org.tracemark.io.read.DocumentInfo;
import org.tracemark.io.read.DocumentReader;
import org.tracemark.io.read.ReadLimits;
import org.tracemark.io.write.TableFormat;
import org.tracemark.io.write.TableWriter;
import org.tracemark.pii.ChineseSurnames;
import org.tracemark.pii.RegionCodes;
import org.tracemark.synth.OwnerListGenerator;
import org.tracemark.synth.SynthSpec;
import org.tracemark.synth.SyntheticOwner;

/**
 * Release and trace end to end through the packaged CLI, as an organisation would use it: synth → import →
 * recipients → three releases → a leak mixing two recipients' copies → trace; canary hits; the two-person rule; a
 * list that never left the vault.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ReleaseTraceIT {
  /** In the unassigned 100 segment: dials nobody. Tracemark never invents trap numbers; the test uses a dead one. */
  static final String TRAP = "10000000017";
  static final List<String> RECIPIENTS = List.of("销售甲", "物业乙", "银行丙");

  @TempDir static Path home;
  @TempDir static Path work;
  final List<Path> copies = new ArrayList<>();
  final List<Long> releaseIds = new ArrayList<>();

  CliProcess.Result tm(String user, String... args) throws Exception {
    List<String> all = new ArrayList<>();
    if (user != null) {
      all.add("--user");
      all.add(user);
    }
    all.addAll(List.of(args));
    return CliProcess.run(home, Map.of(), List.of(), all.toArray(String[]::new));
  }

  CliProcess.Result ok(String user, String... args) throws Exception {
    CliProcess.Result r = tm(user, args);
    assertThat(r.exitCode()).as(String.join(" ", args) + "\n" + r.stderr()).isZero();
    return r;
  }

  static JsonNode json(CliProcess.Result r) throws IOException {
    return Json.MAPPER.readTree(r.stdout());
  }

  @BeforeAll
  void organisation() throws Exception {
    Path owners = work.resolve("owners.csv");
    ok(null, "synth", "owners", "--community", "阳光花园", "--rows", "900", "--seed", "11", "--out", owners.toString());
    ok(null, "user", "add", "ada", "--role", "admin");
    ok("ada", "user", "add", "sam", "--role", "steward");
    ok("ada", "user", "add", "sue", "--role", "steward");
    ok("ada", "import", owners.toString(), "--community", "阳光花园");
    for (String r : RECIPIENTS) {
      ok("sam", "recipient", "add", r);
    }
    ok("sam", "canary", "pool", "add", TRAP, "--label", "test line");
    for (String r : RECIPIENTS) {
      Path out = work.resolve(r + ".csv");
      JsonNode j = json(ok("sam", "release", "--to", r, "--rows", "400", "--out", out.toString(), "--json"));
      assertThat(j.path("recipient").asText()).isEqualTo(r);
      assertThat(j.path("rows").asInt()).isEqualTo(400);
      assertThat(j.path("canaries").asInt()).isEqualTo(1);
      assertThat(j.path("out").asText()).isEqualTo(out.toAbsolutePath().toString());
      assertThat(j.path("audit_hash").asText()).hasSize(64);
      copies.add(out);
      releaseIds.add(j.path("release_id").asLong());
    }
  }

  @Test
  @Order(1)
  void trace_twoCopiesPartialResortedToXlsxColumnDroppedWithForeignRows_namesExactlyThoseTwo() throws Exception {
    Random random = new Random(3);
    List<List<String>> leak = new ArrayList<>();
    for (int i : new int[] {0, 2}) {
      List<List<String>> rows = read(copies.get(i));
      rows = new ArrayList<>(rows.subList(1, rows.size()));
      Collections.shuffle(rows, random);
      leak.addAll(rows.subList(0, 40));
    }
    for (SyntheticOwner o : new OwnerListGenerator(new SynthSpec("别的小区", 1, 15, 99), ChineseSurnames.bundled(),
        RegionCodes.bundled())) {
      leak.add(o.cells());
    }
    Collections.shuffle(leak, random);
    Path xlsx = work.resolve("leak.xlsx");
    try (TableWriter w = TableWriter.open(xlsx, TableFormat.XLSX, StandardCharsets.UTF_8)) {
      w.writeRow(drop(SyntheticOwner.HEADERS, 8));
      for (List<String> r : leak) {
        w.writeRow(drop(r, 8));
      }
    }
    Path report = work.resolve("report.html");
    JsonNode j = json(ok("sam", "trace", xlsx.toString(), "--json", "--report", report.toString()));
    assertThat(j.path("rows").asInt()).isEqualTo(95);
    assertThat(j.path("linked").asInt()).isEqualTo(80);
    assertThat(j.path("unlinked").asInt()).isEqualTo(15);
    Set<String> accused = new HashSet<>();
    for (JsonNode v : j.path("verdicts")) {
      accused.add(v.path("recipient").asText());
      assertThat(v.path("false_accusation_bound").asDouble()).isLessThanOrEqualTo(1e-6);
      assertThat(v.path("marks_checked").asLong()).isPositive();
    }
    assertThat(accused).containsExactlyInAnyOrder("销售甲", "银行丙");
    for (JsonNode c : j.path("candidates")) {
      assertThat(c.path("accused").asBoolean()).isFalse();
      assertThat(c.path("recipient").asText()).isEqualTo("物业乙");
    }
    String html = Files.readString(report);
    assertThat(html).contains("泄露溯源证据报告", "<svg", "误指控概率上界");
    for (JsonNode v : j.path("verdicts")) {
      assertThat(html).contains(v.path("audit_hash").asText());
    }
    assertThat(html).doesNotContain("src=", "<link", "<script");
    for (List<String> r : leak) {
      String mobile = r.get(6).replace(" ", "").replace("-", "");
      if (!mobile.isEmpty()) {
        assertThat(html).as("a leaked mobile in clear").doesNotContain(mobile);
      }
      assertThat(html).as("a leaked name in clear").doesNotContain(">" + r.get(5).strip() + "<");
    }
  }

  @Test
  @Order(2)
  void trace_listThatNeverLeftTheVault_notEnoughEvidenceNamesNobody() throws Exception {
    List<List<String>> owners = read(work.resolve("owners.csv"));
    Path csv = work.resolve("never-released.csv");
    try (TableWriter w = TableWriter.open(csv, TableFormat.CSV, StandardCharsets.UTF_8)) {
      for (List<String> r : owners.subList(0, 81)) {
        w.writeRow(r);
      }
    }
    CliProcess.Result r = ok("sam", "trace", csv.toString());
    assertThat(r.stdout()).contains("证据不足").contains("not enough evidence");
    JsonNode j = json(ok("sam", "trace", csv.toString(), "--json"));
    assertThat(j.path("linked").asInt()).isEqualTo(80);
    assertThat(j.path("verdicts")).isEmpty();
  }

  @Test
  @Order(3)
  void canaryHit_trapNumber_namesTheReleaseThatCarriedIt() throws Exception {
    JsonNode j = json(ok("sam", "canary", "hit", "--number", "+86 100 0000 0017", "--caller", "13800000000",
        "--channel", "sms", "--at", "2026-11-20T10:15:00Z", "--json"));
    assertThat(j.path("releases")).hasSize(1);
    assertThat(j.path("releases").get(0).path("recipient").asText()).isEqualTo("销售甲");
    assertThat(j.path("trap_last4").asText()).isEqualTo("0017");
    CliProcess.Result text = ok("sam", "canary", "hit", "--number", TRAP);
    assertThat(text.stdout()).contains("销售甲").doesNotContain(TRAP);
    assertThat(tm("sam", "canary", "hit", "--number", "10000000099").exitCode()).isEqualTo(2);
    JsonNode log = json(ok("ada", "audit", "log", "--json"));
    assertThat(log.toString()).contains("canary.hit").doesNotContain(TRAP).doesNotContain("13800000000");
  }

  @Test
  @Order(4)
  void release_aboveLimit_pendingUntilASecondUserApproves() throws Exception {
    ok("ada", "releases", "limit", "--set", "100");
    Path out = work.resolve("big.xlsx");
    CliProcess.Result pending = ok("sam", "release", "--to", "物业乙", "--rows", "300", "--out", out.toString());
    assertThat(pending.stderr()).contains("待批准").contains("PENDING").contains("release approve");
    assertThat(out).doesNotExist();
    JsonNode list = json(ok("sam", "releases", "list", "--json"));
    JsonNode last = list.path("releases").get(list.path("releases").size() - 1);
    assertThat(last.path("status").asText()).isEqualTo("pending");
    String id = last.path("release_id").asText();
    assertThat(tm("sam", "release", "approve", id).exitCode()).isEqualTo(2);
    assertThat(out).doesNotExist();
    JsonNode done = json(ok("sue", "release", "approve", id, "--json"));
    assertThat(done.path("status").asText()).isEqualTo("released");
    assertThat(done.path("approved_by").asText()).isEqualTo("sue");
    assertThat(read(out)).hasSize(1 + 300 + 1);
    assertThat(json(ok("ada", "audit", "verify", "--json")).path("ok").asBoolean()).isTrue();
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
