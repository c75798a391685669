package org.tracemark.cli.vault;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code tracemark user}: vault users and roles. */
@Command(name = "user", mixinStandardHelpOptions = true, description = {"Vault users and roles.", "用户与角色。"},
    subcommands = {UserAddCommand.class, UserListCommand.class, UserPasswdCommand.class})
public final class UserCommand implements Runnable {
  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getErr());
  }
}
