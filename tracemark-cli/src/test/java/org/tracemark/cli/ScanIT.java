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

/** {@code tracemark scan} run as a user runs it, over real files of every kind. */
class ScanIT {
  @TempDir static Path dir;
  private static Path csv;
  private static Path gbk;
  private static Path xlsx;
  private static Path chat;

  @BeforeAll
  static void files() throws Exception {
    csv = dir.resolve("owners.csv");
    gbk = dir.resolve("owners-gbk.csv");
    xlsx = dir.resolve("owners.xlsx");
    chat = dir.resolve("chat.txt");
    assertThat(CliProcess.run(dir, "synth", "owners", "--community", "阳光花园", "--rows", "1500", "--out",
        csv.toString()).exitCode()).isZero();
    assertThat(CliProcess.run(dir, "synth", "owners", "--community", "翠湖苑", "--rows", "200", "--encoding", "gbk",
        "--out", gbk.toString()).exitCode()).isZero();
    assertThat(CliProcess.run(dir, "synth", "owners", "--community", "金色家园", "--rows", "200", "--out",
        xlsx.toString()).exitCode()).isZero();
    Files.writeString(chat, String.join("\n",
        "收件人：李娜 手机：138 1234 5678 地址：广东省深圳市南山区阳光花园3栋2单元1502室",
        "明天下午三点开会，订单号20240615138123456789",
        "业主王建国电话13912345670"), StandardCharsets.UTF_8);
  }

  private static JsonNode file(JsonNode out, String path) {
    for (JsonNode f : out.get("files")) {
      if (f.get("path").asText().equals(path)) {
        return f;
      }
    }
    throw new AssertionError("no file " + path + " in " + out);
  }

  @Test
  void scan_csvGbkXlsxAndChat_reportsFormatsEncodingsColumnsAndCounts() throws Exception {
    CliProcess.Result r = CliProcess.run(dir, "scan", csv.toString(), gbk.toString(), xlsx.toString(),
        chat.toString(), "--json");
    assertThat(r.exitCode()).as(r.stderr()).isZero();
    JsonNode out = Json.MAPPER.readTree(r.stdout());

    JsonNode owners = file(out, csv.toString());
    assertThat(owners.get("format").asText()).isEqualTo("csv");
    assertThat(owners.get("encoding").asText()).isEqualTo("UTF-8");
    assertThat(owners.get("rows").asLong()).isEqualTo(1500);
    assertThat(owners.get("counts").get("MOBILE").asLong()).isEqualTo(1500);
    assertThat(owners.get("counts").get("ID_CARD").asLong()).isEqualTo(1500);
    assertThat(owners.get("columns").get(5).get("type").asText()).isEqualTo("NAME");
    assertThat(owners.get("columns").get(6).get("type").asText()).isEqualTo("MOBILE");
    assertThat(owners.get("columns").get(6).get("hits").asLong()).isEqualTo(1500);
    assertThat(owners.get("columns").get(9).get("type").isNull()).isTrue();

    JsonNode gbkFile = file(out, gbk.toString());
    assertThat(gbkFile.get("encoding").asText()).isIn("GB18030", "GBK");
    assertThat(gbkFile.get("columns").get(5).get("header").asText()).isEqualTo("业主姓名");
    assertThat(gbkFile.get("counts").get("NAME").asLong()).isEqualTo(200);

    JsonNode sheet = file(out, xlsx + "!Sheet1");
    assertThat(sheet.get("format").asText()).isEqualTo("xlsx");
    assertThat(sheet.get("counts").get("MOBILE").asLong()).isEqualTo(200);

    JsonNode text = file(out, chat.toString());
    assertThat(text.get("format").asText()).isEqualTo("text");
    assertThat(text.has("columns")).isFalse();
    assertThat(text.get("counts").get("MOBILE").asLong()).isEqualTo(2);
    assertThat(out.get("totals").get("MOBILE").asLong()).isEqualTo(1500 + 200 + 200 + 2);
  }

  @Test
  void scan_findings_giveCanonicalValuesLinesAndSpans() throws Exception {
    CliProcess.Result r = CliProcess.run(dir, "scan", chat.toString(), "--json", "--findings");
    assertThat(r.exitCode()).isZero();
    JsonNode findings = file(Json.MAPPER.readTree(r.stdout()), chat.toString()).get("findings");
    List<String> seen = new ArrayList<>();
    for (JsonNode f : findings) {
      seen.add(f.get("type").asText() + ":" + f.get("value").asText() + "@" + f.get("line").asInt() + ":"
          + f.get("start").asInt() + "-" + f.get("end").asInt());
      assertThat(f.has("column")).isFalse();
    }
    assertThat(seen).contains("MOBILE:13812345678@1:10-23", "NAME:李娜@1:4-6", "MOBILE:13912345670@3:7-18")
        .noneMatch(s -> s.contains("@2:"));
  }

  @Test
  void scan_badFileAmongGoodOnes_exitsThreeAndKeepsGoodResults() throws Exception {
    Path bad = dir.resolve("broken.xlsx");
    Files.write(bad, new byte[] {'P', 'K', 3, 4, 0, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9});
    Path missing = dir.resolve("missing.csv");
    CliProcess.Result r = CliProcess.run(dir, "scan", gbk.toString(), bad.toString(), missing.toString(),
        chat.toString(), "--json");
    assertThat(r.exitCode()).isEqualTo(3);
    JsonNode out = Json.MAPPER.readTree(r.stdout());
    assertThat(out.get("files")).hasSize(4);
    assertThat(file(out, gbk.toString()).get("counts").get("MOBILE").asLong()).isEqualTo(200);
    assertThat(file(out, gbk.toString()).has("error")).isFalse();
    assertThat(file(out, chat.toString()).get("counts").get("MOBILE").asLong()).isEqualTo(2);
    assertThat(out.get("files").get(1).get("error").asText()).contains("broken.xlsx");
    assertThat(file(out, missing.toString()).get("error").asText()).contains("missing.csv");
    assertThat(r.stderr().lines().filter(l -> l.startsWith("tracemark: ")).count()).isEqualTo(2);
  }

  @Test
  void scan_report_isChineseHtmlWithMaskedValuesOnly() throws Exception {
    Path report = dir.resolve("report.html");
    CliProcess.Result r = CliProcess.run(dir, "scan", chat.toString(), "--report", report.toString());
    assertThat(r.exitCode()).isZero();
    assertThat(r.stdout()).contains("手机号 2");
    String html = Files.readString(report, StandardCharsets.UTF_8);
    assertThat(html).contains("个人信息扫描报告", "138****5678", "李*").doesNotContain("13812345678")
        .doesNotContain("<script").doesNotContain("http");
  }
}
