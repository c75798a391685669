package org.tracemark.report.scan;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tracemark.io.read.DocumentReader;
import org.tracemark.io.read.ReadLimits;
import org.tracemark.io.write.TableFormat;
import org.tracemark.io.write.TableWriter;
import org.tracemark.pii.ChineseSurnames;
import org.tracemark.pii.ColumnProfile;
import org.tracemark.pii.PiiEngine;
import org.tracemark.pii.RegionCodes;
import org.tracemark.report.ReportJson;
import org.tracemark.synth.OwnerListGenerator;
import org.tracemark.synth.SynthSpec;
import org.tracemark.synth.SyntheticOwner;

/**
 * The scan document as one implementation writes it, whether the findings were counted one by one (the CLI) or the
 * counts were aggregated elsewhere and handed over (Spark, the server).
 */
class ScanJsonWriterTest {
  @TempDir static Path dir;
  private static Path csv;
  private static Path chat;
  private static final PiiEngine ENGINE = PiiEngine.standard();

  @BeforeAll
  static void files() throws Exception {
    csv = dir.resolve("owners.csv");
    try (TableWriter w = TableWriter.open(csv, TableFormat.CSV, StandardCharsets.UTF_8)) {
      w.writeRow(SyntheticOwner.HEADERS);
      for (SyntheticOwner o : new OwnerListGenerator(new SynthSpec("阳光花园", 1, 300, 7), ChineseSurnames.bundled(),
          RegionCodes.bundled())) {
        w.writeRow(o.cells());
      }
    }
    chat = dir.resolve("chat.txt");
    Files.writeString(chat, "业主王建国电话13912345670\n明天开会\n", StandardCharsets.UTF_8);
  }

  private static ScanHandler scan(ScanJsonWriter writer, boolean findings, List<String> problems, Path... paths) {
    ScanHandler handler = new ScanHandler(ENGINE, writer, findings, problems::add, n -> { });
    DocumentReader reader = new DocumentReader(ReadLimits.defaults());
    for (Path p : paths) {
      handler.scan(reader, p);
    }
    return handler;
  }

  @Test
  void streamedDocument_matchesTheContractShape() throws Exception {
    StringWriter out = new StringWriter();
    ScanJsonWriter writer = ScanJsonWriter.open(out);
    ScanHandler handler = scan(writer, true, new ArrayList<>(), csv, chat);
    writer.finish(handler.totals());

    assertThat(out.toString()).endsWith("}" + System.lineSeparator());
    JsonNode root = ReportJson.MAPPER.readTree(out.toString());
    JsonNode owners = root.get("files").get(0);
    assertThat(owners.get("path").asText()).isEqualTo(csv.toString());
    assertThat(owners.get("format").asText()).isEqualTo("csv");
    assertThat(owners.get("rows").asLong()).isEqualTo(300);
    assertThat(owners.get("counts").get("MOBILE").asLong()).isEqualTo(300);
    assertThat(owners.get("findings").size()).isEqualTo(
        (int) handler.documents().get(0).counts().values().stream().mapToLong(Long::longValue).sum());
    JsonNode text = root.get("files").get(1);
    assertThat(text.get("format").asText()).isEqualTo("text");
    assertThat(text.has("columns")).isFalse();
    assertThat(text.get("counts").get("MOBILE").asLong()).isEqualTo(1);
    assertThat(root.get("totals").get("MOBILE").asLong()).isEqualTo(301);
  }

  @Test
  void summaryBuiltFromAggregatedCounts_writesTheSameBytesAsTheStreamingHandler() {
    StringWriter streamed = new StringWriter();
    ScanJsonWriter writer = ScanJsonWriter.open(streamed);
    ScanHandler handler = scan(writer, false, new ArrayList<>(), csv, chat, dir.resolve("missing.csv"));
    writer.finish(handler.totals());

    StringWriter rebuilt = new StringWriter();
    ScanJsonWriter second = ScanJsonWriter.open(rebuilt);
    for (DocumentScan d : handler.documents()) {
      DocumentScan copy = new DocumentScan(d.path(), d.info());
      copy.addRows(d.rows());
      copy.profile(d.profile());
      d.counts().forEach(copy::addCount);
      if (d.profile() != null) {
        for (ColumnProfile c : d.profile().columns()) {
          copy.addColumnHits(c.index(), d.hits(c));
        }
      }
      copy.error(d.error());
      second.document(copy);
    }
    second.finish(handler.totals());

    assertThat(rebuilt.toString()).isEqualTo(streamed.toString());
  }

  @Test
  void unreadablePath_isAFileObjectWithNullFormatAndAnError() throws Exception {
    StringWriter out = new StringWriter();
    ScanJsonWriter writer = ScanJsonWriter.open(out);
    List<String> problems = new ArrayList<>();
    ScanHandler handler = scan(writer, true, problems, dir.resolve("missing.csv"));
    writer.finish(handler.totals());

    JsonNode file = ReportJson.MAPPER.readTree(out.toString()).get("files").get(0);
    assertThat(file.get("format").isNull()).isTrue();
    assertThat(file.get("encoding").isNull()).isTrue();
    assertThat(file.has("findings")).isFalse();
    assertThat(file.get("error").asText()).contains("missing.csv");
    assertThat(problems).hasSize(1);
    assertThat(handler.anyFailed()).isTrue();
  }

  @Test
  void documentScan_keepsAtMostTwentyExamples_andItsToStringHidesValues() {
    DocumentScan d = new DocumentScan("x.csv", Optional.empty());
    for (int i = 0; i < 30; i++) {
      d.count(org.tracemark.pii.PiiType.MOBILE, "13912345670", i + 1, 0);
    }
    assertThat(d.examples()).hasSize(DocumentScan.EXAMPLES);
    assertThat(d.counts().get(org.tracemark.pii.PiiType.MOBILE)).isEqualTo(30L);
    assertThat(d.examples().get(0).toString()).doesNotContain("13912345670");
  }
}
