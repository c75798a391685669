package org.tracemark.cli.vault;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code tracemark keys}: key management. */
@Command(name = "keys", mixinStandardHelpOptions = true, description = {"Key management.", "密钥管理。"},
    subcommands = {KeysRotateCommand.class})
public final class KeysCommand implements Runnable {
  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getErr());
  }
}
