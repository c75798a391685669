package org.tracemark.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoIT {
  @TempDir Path home;

  @Test
  void demo_runsToTheEnd_printsTheCommandsItRuns() throws Exception {
    var result = CliProcess.run(home, "demo");
    assertThat(result.exitCode()).as(result.stderr()).isZero();
    assertThat(result.stdout()).contains("$ tracemark synth owners");
    assertThat(home.resolve("demo/owners.csv")).exists();
  }
}
