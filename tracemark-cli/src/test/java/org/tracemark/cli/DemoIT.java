package org.tracemark.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoIT {
  @TempDir Path home;

  @Test
  void demo_freshHomeNoPostgres_runsToTheEndAndNamesBothLeakers() throws Exception {
    var result = CliProcess.run(home, "demo");
    assertThat(result.exitCode()).as(result.stderr()).isZero();
    String out = result.stdout();
    assertThat(out).contains("$ tracemark synth owners", "$ tracemark --home", " import ", " release --to ",
        " trace ");
    assertThat(home.resolve("demo/owners.csv")).exists();
    assertThat(home.resolve("demo/leaked-list.xlsx")).exists();
    assertThat(home.resolve("demo/vault/master.key")).exists();
    String verdict = out.substring(out.indexOf("结论"));
    verdict = verdict.substring(0, verdict.indexOf("另有"));
    assertThat(verdict).contains("销售-王经理", "合作银行").doesNotContain("物业公司");
    assertThat(out).contains("删去").contains("CSV → XLSX");
    assertThat(Files.readString(home.resolve("demo/evidence-report.html"))).contains("泄露溯源证据报告");
    assertThat(out).doesNotContain("release — fingerprinted copies").doesNotContain("trace — naming the leaker");
    // Scan and assess run on the demo files, and the verdict of assess is printed.
    assertThat(out).contains("$ tracemark scan ", "$ tracemark assess ").doesNotContain("scan / mask — PII engine");
    assertThat(result.stderr()).doesNotContain("Exception");
    // It ends by offering the web console on the demo vault, with the stewards' passwords in 0600 files.
    assertThat(out).contains("serve", "http://127.0.0.1:8080/", "sam.password").doesNotContain("serve — HTTP API");
    Path password = home.resolve("demo/sam.password");
    assertThat(Files.readString(password).strip()).hasSize(16);
    assertThat(java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(password)))
        .isEqualTo("rw-------");
  }
}
