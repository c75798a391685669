package org.tracemark.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The launcher a user runs: {@code bin/tracemark}. After {@code package} the jar is fresh, so it must not rebuild. */
class LauncherIT {
  @TempDir Path home;

  @Test
  void launcher_freshJar_runsCliWithoutRebuilding() throws Exception {
    Path launcher = Path.of(System.getProperty("tracemark.jar")).getParent().getParent().getParent()
        .resolve("bin/tracemark");
    Process process = new ProcessBuilder(launcher.toString(), "--home", home.toString(), "--version")
        .redirectErrorStream(true).start();
    assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.exitValue()).as(output).isZero();
    assertThat(output).startsWith("tracemark 0.").doesNotContain("building");
    assertThat(Files.isExecutable(launcher)).isTrue();
  }
}
