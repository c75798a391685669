package org.tracemark.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SynthOwnersIT {
  @TempDir Path dir;

  private CliProcess.Result synth(String... extra) throws Exception {
    String[] args = new String[4 + extra.length];
    args[0] = "synth";
    args[1] = "owners";
    args[2] = "--community";
    args[3] = "阳光花园";
    System.arraycopy(extra, 0, args, 4, extra.length);
    return CliProcess.run(dir, args);
  }

  @Test
  void synth_sameSeedTwice_byteIdenticalFiles() throws Exception {
    Path a = dir.resolve("a.csv");
    Path b = dir.resolve("b.csv");
    assertThat(synth("--seed", "7", "--out", a.toString()).exitCode()).isZero();
    assertThat(synth("--seed", "7", "--out", b.toString()).exitCode()).isZero();
    assertThat(Files.readAllBytes(a)).isEqualTo(Files.readAllBytes(b));
    assertThat(synth("--seed", "8", "--out", b.toString()).exitCode()).isZero();
    assertThat(Files.readAllBytes(a)).isNotEqualTo(Files.readAllBytes(b));
  }

  /**
   * An .xlsx package records its creation time in docProps/core.xml, which fastexcel always sets to now; every other
   * part, the cells included, must be byte-identical.
   */
  @Test
  void synth_sameSeedTwice_xlsxPartsIdenticalButCreationTime() throws Exception {
    Path a = dir.resolve("a.xlsx");
    Path b = dir.resolve("b.xlsx");
    assertThat(synth("--seed", "7", "--out", a.toString()).exitCode()).isZero();
    assertThat(synth("--seed", "7", "--out", b.toString()).exitCode()).isZero();
    Map<String, byte[]> partsA = zipParts(a);
    Map<String, byte[]> partsB = zipParts(b);
    assertThat(partsA.keySet()).isEqualTo(partsB.keySet()).contains("xl/worksheets/sheet1.xml");
    for (String part : partsA.keySet()) {
      if (!part.equals("docProps/core.xml")) {
        assertThat(partsA.get(part)).as(part).isEqualTo(partsB.get(part));
      }
    }
  }

  private static Map<String, byte[]> zipParts(Path file) throws Exception {
    Map<String, byte[]> parts = new TreeMap<>();
    // ZipFile reads the central directory; fastexcel's streamed entries confuse ZipInputStream.
    try (ZipFile zip = new ZipFile(file.toFile())) {
      for (ZipEntry entry : java.util.Collections.list(zip.entries())) {
        parts.put(entry.getName(), zip.getInputStream(entry).readAllBytes());
      }
    }
    return parts;
  }

  @Test
  void synth_json_reportsRowsAndWritesChineseHeaders() throws Exception {
    Path out = dir.resolve("owners.csv");
    var result = synth("--buildings", "3", "--seed", "7", "--out", out.toString(), "--json");
    assertThat(result.exitCode()).isZero();
    JsonNode json = Json.MAPPER.readTree(result.stdout());
    List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
    assertThat(json.get("rows").asLong()).isEqualTo(lines.size() - 1L).isPositive();
    assertThat(lines.get(0)).isEqualTo("小区名称,楼栋,单元,楼层,房号,业主姓名,联系电话,身份证号,建筑面积,购房日期,交房日期");
  }

  @Test
  void synth_gbk_writesGbkBytes() throws Exception {
    Path out = dir.resolve("owners-gbk.csv");
    assertThat(synth("--rows", "50", "--encoding", "gbk", "--out", out.toString()).exitCode()).isZero();
    byte[] bytes = Files.readAllBytes(out);
    assertThat(new String(bytes, Charset.forName("GBK"))).startsWith("小区名称,楼栋");
    assertThat(new String(bytes, StandardCharsets.UTF_8)).doesNotContain("小区名称");
  }

  @Test
  void synth_badEncoding_usageErrorAndNoFile() throws Exception {
    Path out = dir.resolve("x.csv");
    var result = synth("--encoding", "latin-9", "--out", out.toString());
    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.stderr()).contains("--encoding");
    assertThat(out).doesNotExist();
  }
}
