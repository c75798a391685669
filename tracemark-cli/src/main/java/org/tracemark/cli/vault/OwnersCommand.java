package org.tracemark.cli.vault;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code tracemark owners}: owner records, masked unless a permitted user unmasks with a purpose. */
@Command(name = "owners", mixinStandardHelpOptions = true,
    description = {"Owner records in the vault, masked by default.", "保管库中的业主记录（默认遮蔽）。"},
    subcommands = {OwnersListCommand.class, OwnersShowCommand.class, OwnersFindCommand.class})
public final class OwnersCommand implements Runnable {
  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getErr());
  }
}
