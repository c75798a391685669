package org.tracemark.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code tracemark assess} as a user runs it, on a synthetic homeowner list of 807 rows (seed 7). */
class AssessIT {
  @TempDir static Path dir;
  static Path owners;

  @BeforeAll
  static void synthesise() throws Exception {
    owners = dir.resolve("owners.csv");
    var synth = CliProcess.run(dir, "synth", "owners", "--community", "阳光花园", "--seed", "7", "--out",
        owners.toString());
    assertThat(synth.exitCode()).as(synth.stderr()).isZero();
  }

  private static JsonNode assess(String... args) throws Exception {
    List<String> all = new ArrayList<>(List.of("assess", "--json"));
    all.addAll(List.of(args));
    var result = CliProcess.run(dir, all.toArray(String[]::new));
    assertThat(result.exitCode()).as(result.stderr()).isZero();
    return Json.MAPPER.readTree(result.stdout());
  }

  private static JsonNode reading(JsonNode root, String name) {
    for (JsonNode r : root.get("readings")) {
      if (r.get("name").asText().equals(name)) {
        return r;
      }
    }
    throw new AssertionError("no reading " + name);
  }

  @Test
  void assess_seed7OwnerList_807UniqueHomeownerRecordsAndReadingsDiffer() throws Exception {
    JsonNode root = assess(owners.toString());
    assertThat(root.get("records_total").asLong()).isEqualTo(807);
    assertThat(root.get("records_unique").asLong()).isEqualTo(807);
    assertThat(root.get("records_invalid").asLong()).isZero();
    assertThat(root.get("duplicates").asLong()).isZero();
    assertThat(root.at("/disputed/HOMEOWNER_LIST").asLong()).isEqualTo(807);
    assertThat(root.at("/by_category/OTHER").asLong()).isEqualTo(807);
    // 807/5000 as other information; 807 ≥ 500 = ten times 50 as property information.
    assertThat(root.get("verdict").asText()).isEqualTo("NOT_SERIOUS");
    assertThat(reading(root, "conservative").get("ratio_sum_exact").asText()).isEqualTo("807/5000");
    assertThat(reading(root, "homeowner_as_property").get("verdict").asText()).isEqualTo("ESPECIALLY_SERIOUS");
    assertThat(reading(root, "waybill_as_transaction").get("verdict").asText()).isEqualTo("NOT_SERIOUS");
    assertThat(root.get("verdict_changed_by")).extracting(JsonNode::asText)
        .containsExactly("homeowner_as_property", "strict");
  }

  @Test
  void assess_sameFileTwice_secondCopyCountedAsDuplicates() throws Exception {
    JsonNode root = assess(owners.toString(), owners.toString());
    assertThat(root.get("records_total").asLong()).isEqualTo(1614);
    assertThat(root.get("records_unique").asLong()).isEqualTo(807);
    assertThat(root.get("duplicates").asLong()).isEqualTo(807);
  }

  @Test
  void assess_sevenBuyers_countedSevenTimesAndSerious() throws Exception {
    // 807 × 7 = 5,649 ≥ 5,000: Article 5(5) under the conservative reading.
    JsonNode root = assess("--buyers", "7", owners.toString());
    assertThat(root.get("records_unique").asLong()).isEqualTo(807);
    assertThat(root.get("records_counted").asLong()).isEqualTo(5649);
    assertThat(reading(root, "conservative").at("/by_category/OTHER").asLong()).isEqualTo(5649);
    assertThat(root.get("verdict").asText()).isEqualTo("SERIOUS");
    JsonNode buyersRule = root.get("counting_rules").get(1);
    assertThat(buyersRule.get("article").asText()).isEqualTo("11.2");
    assertThat(buyersRule.get("applied").asBoolean()).isTrue();
  }

  @Test
  void assess_falseIdAndUnassignedMobile_excludedWithMaskedValues() throws Exception {
    List<String> lines = new ArrayList<>(Files.readAllLines(owners, StandardCharsets.UTF_8));
    String[] first = lines.get(1).split(",", -1);
    char check = first[7].charAt(17);
    first[7] = first[7].substring(0, 17) + (check == '0' ? '1' : '0');
    lines.set(1, String.join(",", first));
    String[] second = lines.get(2).split(",", -1);
    String rawMobile = "140" + second[6].substring(3);
    second[6] = rawMobile;
    lines.set(2, String.join(",", second));
    Path bad = dir.resolve("bad.csv");
    Files.write(bad, lines, StandardCharsets.UTF_8);

    var result = CliProcess.run(dir, "assess", "--json", bad.toString());
    assertThat(result.exitCode()).as(result.stderr()).isZero();
    JsonNode root = Json.MAPPER.readTree(result.stdout());
    assertThat(root.get("records_invalid").asLong()).isEqualTo(2);
    assertThat(root.get("records_unique").asLong()).isEqualTo(805);
    assertThat(root.at("/invalid_by_reason/ID_CHECKSUM").asLong()).isEqualTo(1);
    assertThat(root.at("/invalid_by_reason/MOBILE_UNASSIGNED").asLong()).isEqualTo(1);
    assertThat(root.at("/exclusions/0/row").asLong()).isEqualTo(1);
    assertThat(root.at("/exclusions/1/value_masked").asText()).isEqualTo("140****" + rawMobile.substring(7));
    assertThat(result.stdout()).doesNotContain(rawMobile, first[7]);
  }

  @Test
  void assess_report_chineseSelfContainedMaskedHtml() throws Exception {
    Path report = dir.resolve("report.html");
    var result = CliProcess.run(dir, "assess", owners.toString(), "--report", report.toString());
    assertThat(result.exitCode()).as(result.stderr()).isZero();
    String html = Files.readString(report, StandardCharsets.UTF_8);
    assertThat(html).contains("<svg", "不能替代", "第五条第一款第（五）项", "807", "情节特别严重")
        .doesNotContain("<script", "http://", "https://", "src=", "href=");
    String firstMobile = Files.readAllLines(owners, StandardCharsets.UTF_8).get(1).split(",")[6];
    assertThat(html).doesNotContain(firstMobile).contains(firstMobile.substring(0, 3) + "****");
    assertThat(result.stdout()).contains("未达到“情节严重”");
  }

  @Test
  void assess_chatPasteAndTableTogether_textRecordsReassembledAndDeduplicatedAcrossInputs() throws Exception {
    List<String> rows = Files.readAllLines(owners, StandardCharsets.UTF_8);
    String[] a = rows.get(11).split(",");
    String[] b = rows.get(12).split(",");
    Path chat = dir.resolve("chat.txt");
    Files.writeString(chat, String.join("\n",
        "[10:01] 这批料子给你",
        "收件人：" + a[5],
        "电话：" + a[6],
        "地址：北京市朝阳区建国路88号5号楼1203室",
        "",
        b[5] + " " + b[6] + " 上海市浦东新区世纪大道100号",
        "赵六 14000140000",
        b[5] + " " + b[6] + " 上海市浦东新区世纪大道100号") + "\n", StandardCharsets.UTF_8);
    JsonNode root = assess(chat.toString(), owners.toString());
    // chat: a waybill record (lines 2-4), an OTHER record (line 6), its repeat (line 8), one false number (line 7).
    assertThat(root.get("records_total").asLong()).isEqualTo(4 + 807);
    assertThat(root.get("records_invalid").asLong()).isEqualTo(1);
    assertThat(root.get("duplicates").asLong()).isEqualTo(1);
    assertThat(root.get("records_unique").asLong()).isEqualTo(2 + 807);
    assertThat(root.at("/disputed/COURIER_WAYBILL").asLong()).isEqualTo(1);
    assertThat(root.at("/exclusions/0/path").asText()).endsWith("chat.txt");
    assertThat(root.at("/exclusions/0/row").asLong()).isEqualTo(7);
    long sum = 0;
    for (JsonNode n : root.get("by_category")) {
      sum += n.asLong();
    }
    assertThat(sum).isEqualTo(root.get("records_unique").asLong());
  }

  @Test
  void assess_help_listsOptions() throws Exception {
    var result = CliProcess.run(dir, "assess", "--help");
    assertThat(result.exitCode()).isZero();
    assertThat(result.stdout()).contains("Usage: tracemark assess", "--gains", "--insider", "--prior-punishment",
        "--buyers", "--report", "--json");
  }

  @Test
  void assess_badArguments_usageAndBadInputExitCodes() throws Exception {
    assertThat(CliProcess.run(dir, "assess", "--buyers", "0", owners.toString()).exitCode()).isEqualTo(2);
    var missing = CliProcess.run(dir, "assess", dir.resolve("nope.csv").toString());
    assertThat(missing.exitCode()).isEqualTo(3);
    assertThat(missing.stderr()).startsWith("tracemark: ").contains("nope.csv").doesNotContain("\tat ");
  }

  @Test
  void assess_oneCorruptFileAmongGood_countsTheGoodAndExitsThree() throws Exception {
    Path corrupt = dir.resolve("broken.xlsx");
    Files.write(corrupt, new byte[] {'P', 'K', 3, 4, 0, 0, 0});
    var result = CliProcess.run(dir, "assess", "--json", owners.toString(), corrupt.toString());
    assertThat(result.exitCode()).as(result.stderr()).isEqualTo(3);
    JsonNode root = Json.MAPPER.readTree(result.stdout());
    assertThat(root.get("records_unique").asLong()).isEqualTo(807);
    assertThat(root.get("failed")).hasSize(1);
    assertThat(result.stderr()).contains("broken.xlsx").doesNotContain("\tat ");
  }
}
