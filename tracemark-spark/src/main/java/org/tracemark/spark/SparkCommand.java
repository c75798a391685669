package org.tracemark.spark;

import java.nio.file.Path;
import org.tracemark.spark.assess.AssessCommand;
import org.tracemark.spark.scan.ScanCommand;
import org.tracemark.spark.trace.ExportIndexCommand;
import org.tracemark.spark.trace.TraceCommand;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/** The root command: Spark and vault options shared by every subcommand. */
@Command(name = "tracemark-spark", mixinStandardHelpOptions = true,
    description = {"Tracemark's scan, assess and trace as Apache Spark jobs, with the CLI's arguments and --json.",
        "在 Apache Spark 上运行 Tracemark 的扫描、评估和溯源，参数与 --json 输出与命令行版相同。"},
    subcommands = {ScanCommand.class, AssessCommand.class, TraceCommand.class, ExportIndexCommand.class})
public final class SparkCommand implements Runnable {
  @Option(names = "--master", scope = ScopeType.INHERIT, paramLabel = "URL",
      description = "Spark master (local[4], yarn, k8s://…, spark://…). Default: spark-submit's, else local[*].")
  public String master;

  @Option(names = "--split-mb", scope = ScopeType.INHERIT, paramLabel = "MB", defaultValue = "64",
      description = "Read CSV/TSV files larger than this in ranges of this size, in parallel (0: whole files only;"
          + " a quoted field holding a line break must not cross a range). Default ${DEFAULT-VALUE}.")
  public long splitMb;

  @Option(names = "--home", scope = ScopeType.INHERIT, paramLabel = "DIR",
      description = "Tracemark home (trace, export-index). Default: $TRACEMARK_HOME, else ~/.tracemark.")
  public Path home;

  @Option(names = "--db", scope = ScopeType.INHERIT, paramLabel = "JDBC_URL",
      description = "Vault database (trace, export-index). Default: $TRACEMARK_DB, else vault.db in the home.")
  public String db;

  @Option(names = "--user", scope = ScopeType.INHERIT, paramLabel = "NAME",
      description = "Acting vault user (trace, export-index). Default: $TRACEMARK_USER, else the OS user.")
  public String user;

  @Option(names = "--debug", scope = ScopeType.INHERIT, description = "Print stack traces on errors.")
  public boolean debug;

  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  public static SparkCommand of(picocli.CommandLine.Model.CommandSpec spec) {
    return (SparkCommand) spec.root().userObject();
  }

  /** Bytes per range of a split CSV/TSV file. */
  public long splitBytes() throws UsageException {
    if (splitMb < 0) {
      throw new UsageException("--split-mb must not be negative");
    }
    return splitMb << 20;
  }

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getErr());
  }
}
