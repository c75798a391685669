package org.tracemark.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class HelpAndVersionIT {
  @TempDir Path home;

  @Test
  void help_listsEveryCommandAndExitsZero() throws Exception {
    var result = CliProcess.run(home, "--help");
    assertThat(result.exitCode()).isZero();
    assertThat(result.stdout()).contains("Usage: tracemark", "synth", "demo", "--home", "--version");
  }

  @Test
  void version_printsProjectVersion() throws Exception {
    var result = CliProcess.run(home, "--version");
    assertThat(result.exitCode()).isZero();
    assertThat(result.stdout()).startsWith("tracemark 0.");
  }

  @ParameterizedTest
  @ValueSource(strings = {"synth", "demo"})
  void subcommandHelp_exitsZeroWithUsage(String command) throws Exception {
    var result = CliProcess.run(home, command, "--help");
    assertThat(result.exitCode()).isZero();
    assertThat(result.stdout()).contains("Usage: tracemark " + command);
  }

  @Test
  void unknownOption_isUsageErrorWithOneLineAndExitTwo() throws Exception {
    var result = CliProcess.run(home, "synth", "owners", "--no-such-option");
    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.stderr()).startsWith("tracemark: ").doesNotContain("Exception", "\tat ");
  }

  @Test
  void unknownCommand_isUsageError() throws Exception {
    assertThat(CliProcess.run(home, "frobnicate").exitCode()).isEqualTo(2);
  }
}
