package org.tracemark.cli.vault;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code tracemark audit}: the tamper-evident log. */
@Command(name = "audit", mixinStandardHelpOptions = true,
    description = {"The tamper-evident audit log.", "防篡改审计日志。"},
    subcommands = {AuditLogCommand.class, AuditVerifyCommand.class})
public final class AuditCommand implements Runnable {
  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getErr());
  }
}
