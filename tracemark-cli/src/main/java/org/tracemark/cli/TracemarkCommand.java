package org.tracemark.cli;

import java.nio.file.Path;
import org.tracemark.cli.assess.AssessCommand;
import org.tracemark.cli.demo.DemoCommand;
import org.tracemark.cli.gate.GroupCommand;
import org.tracemark.cli.gate.ScreenCommand;
import org.tracemark.cli.release.CanaryCommand;
import org.tracemark.cli.release.RecipientCommand;
import org.tracemark.cli.release.ReleaseCommand;
import org.tracemark.cli.release.ReleasesCommand;
import org.tracemark.cli.mask.MaskCommand;
import org.tracemark.cli.scan.ScanCommand;
import org.tracemark.cli.serve.ServeCommand;
import org.tracemark.cli.synth.SynthCommand;
import org.tracemark.cli.trace.TraceCommand;
import org.tracemark.cli.vault.AuditCommand;
import org.tracemark.cli.vault.ImportCommand;
import org.tracemark.cli.vault.KeysCommand;
import org.tracemark.cli.vault.OwnersCommand;
import org.tracemark.cli.vault.UserCommand;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** The root command: global options and the list of subcommands. */
@Command(
    name = "tracemark",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
        "Tracemark: custody, fingerprinted release and leak tracing for personal data.",
        "个人信息保管、指纹分发与泄露溯源工具。"},
    subcommands = {
        SynthCommand.class,
        DemoCommand.class,
        ImportCommand.class,
        OwnersCommand.class,
        AuditCommand.class,
        KeysCommand.class,
        UserCommand.class,
        RecipientCommand.class,
        ReleaseCommand.class,
        ReleasesCommand.class,
        CanaryCommand.class,
        TraceCommand.class,
        ScanCommand.class,
        MaskCommand.class,
        AssessCommand.class,
        ServeCommand.class,
        GroupCommand.class,
        ScreenCommand.class,
    })
public final class TracemarkCommand implements Runnable {
  @Spec CommandSpec spec;

  @Option(names = "--home", scope = ScopeType.INHERIT, paramLabel = "DIR",
      description = "Tracemark home (keys, database, settings). Default: $TRACEMARK_HOME, else ~/.tracemark.")
  Path home;

  @Option(names = "--db", scope = ScopeType.INHERIT, paramLabel = "JDBC_URL",
      description = "Vault database: jdbc:postgresql://... for a shared installation. Default: $TRACEMARK_DB, "
          + "else the SQLite file vault.db in the home.")
  String db;

  @Option(names = "--user", scope = ScopeType.INHERIT, paramLabel = "NAME",
      description = "Acting vault user. Default: $TRACEMARK_USER, else the OS user (see docs/vault.md).")
  String user;

  @Option(names = "--debug", scope = ScopeType.INHERIT,
      description = "Log details and print stack traces on errors.")
  boolean debug;

  /** The root command of the tree {@code spec} belongs to, for its global options. */
  public static TracemarkCommand of(CommandSpec spec) {
    return (TracemarkCommand) spec.root().userObject();
  }

  /** The home directory the global options and environment select. */
  public Home home() {
    return Home.resolve(home, System.getenv());
  }

  /** The {@code --db} JDBC URL, if given. */
  public java.util.Optional<String> db() {
    return java.util.Optional.ofNullable(db);
  }

  /** The {@code --user} name, if given. */
  public java.util.Optional<String> user() {
    return java.util.Optional.ofNullable(user);
  }

  public boolean debug() {
    return debug;
  }

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getErr());
  }
}
