package org.tracemark.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code tracemark mask}: the masked copy, scanned again, holds no mobile or ID left in the clear. */
class MaskIT {
  @TempDir Path dir;

  @Test
  void mask_ownerCsvAndChat_rescanFindsNoMobileOrId() throws Exception {
    Path csv = dir.resolve("owners.csv");
    assertThat(CliProcess.run(dir, "synth", "owners", "--community", "阳光花园", "--rows", "500", "--encoding", "gbk",
        "--out", csv.toString()).exitCode()).isZero();
    Path chat = dir.resolve("chat.txt");
    Files.writeString(chat, "收件人：李娜 手机：+86 138 1234 5678 身份证110105199003070026\n业主王建国电话13912345670\n",
        StandardCharsets.UTF_8);
    Path maskedCsv = dir.resolve("masked.csv");
    Path maskedChat = dir.resolve("masked.txt");
    CliProcess.Result a = CliProcess.run(dir, "mask", csv.toString(), "--out", maskedCsv.toString(), "--json");
    assertThat(a.exitCode()).as(a.stderr()).isZero();
    assertThat(Json.MAPPER.readTree(a.stdout()).get("masked").get("MOBILE").asLong()).isEqualTo(500);
    assertThat(CliProcess.run(dir, "mask", chat.toString(), "--out", maskedChat.toString()).exitCode()).isZero();

    CliProcess.Result rescan = CliProcess.run(dir, "scan", maskedCsv.toString(), maskedChat.toString(), "--json");
    JsonNode totals = Json.MAPPER.readTree(rescan.stdout()).get("totals");
    assertThat(totals.has("MOBILE")).as(totals.toString()).isFalse();
    assertThat(totals.has("ID_CARD")).as(totals.toString()).isFalse();
    String text = Files.readString(maskedChat, StandardCharsets.UTF_8);
    assertThat(text).contains("138****5678", "李*", "王*国").doesNotContain("13812345678");
    // Same encoding as the source: the GBK header reads back only as GBK.
    assertThat(new String(Files.readAllBytes(maskedCsv), "GB18030")).startsWith("小区名称,楼栋");
  }

  @Test
  void mask_pseudonymize_sameValueSameTokenAcrossFilesAndKeyIsPrivate() throws Exception {
    Path one = dir.resolve("one.txt");
    Path two = dir.resolve("two.txt");
    Files.writeString(one, "手机13812345678\n", StandardCharsets.UTF_8);
    Files.writeString(two, "联系电话：138-1234-5678，谢谢\n", StandardCharsets.UTF_8);
    Path home = dir.resolve("home");
    for (Path p : new Path[] {one, two}) {
      CliProcess.Result r = CliProcess.run(home, "mask", p.toString(), "--out", p + ".out", "--mode",
          "pseudonymize");
      assertThat(r.exitCode()).as(r.stderr()).isZero();
    }
    Matcher m1 = Pattern.compile("MOBILE-[0-9a-f]{16}").matcher(Files.readString(Path.of(one + ".out")));
    Matcher m2 = Pattern.compile("MOBILE-[0-9a-f]{16}").matcher(Files.readString(Path.of(two + ".out")));
    assertThat(m1.find()).isTrue();
    assertThat(m2.find()).isTrue();
    assertThat(m1.group()).isEqualTo(m2.group());
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(home.resolve("pseudonym.key"))))
        .isEqualTo("rw-------");
  }

  @Test
  void mask_unreadableInput_exitsThreeAndLeavesNoOutput() throws Exception {
    Path bad = dir.resolve("bad.xlsx");
    Files.write(bad, new byte[] {'P', 'K', 3, 4, 9, 9, 9});
    Path out = dir.resolve("out.xlsx");
    CliProcess.Result r = CliProcess.run(dir, "mask", bad.toString(), "--out", out.toString());
    assertThat(r.exitCode()).isEqualTo(3);
    assertThat(r.stderr()).contains("bad.xlsx");
    assertThat(out).doesNotExist();
  }
}
