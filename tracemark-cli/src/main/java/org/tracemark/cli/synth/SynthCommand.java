package org.tracemark.cli.synth;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code tracemark synth}: synthetic data for demos, tests and benchmarks. */
@Command(name = "synth", mixinStandardHelpOptions = true,
    description = {"Generate synthetic data for demos, tests and benchmarks.", "生成用于演示、测试和基准的合成数据。"},
    subcommands = SynthOwnersCommand.class)
public final class SynthCommand implements Runnable {
  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getErr());
  }
}
