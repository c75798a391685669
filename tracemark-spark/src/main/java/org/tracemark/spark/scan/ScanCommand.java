package org.tracemark.spark.scan;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import org.tracemark.spark.SparkCommand;
import org.tracemark.spark.SparkSessions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code tracemark-spark scan}: the arguments and output of {@code tracemark scan}, plus {@code --out DIR}. */
@Command(name = "scan", mixinStandardHelpOptions = true,
    description = {"Find personal information in files, directories, zips, Parquet and ORC, on Spark.",
        "在 Spark 上扫描文件、目录、压缩包、Parquet 和 ORC 中的个人信息。"})
public final class ScanCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "PATH",
      description = "Files, directories, .zip archives or Parquet/ORC data sets; local or any Hadoop path.")
  List<String> paths;

  @Option(names = "--findings", description = "With --json: list every finding (canonical, unmasked values).")
  boolean findings;

  @Option(names = "--report", paramLabel = "FILE.html", description = "Also write a report in Simplified Chinese.")
  Path report;

  @Option(names = "--out", paramLabel = "DIR",
      description = "Also write every finding as Parquet to DIR/findings (values masked; unmasked too with --findings).")
  String out;

  @Option(names = "--json", description = "Print machine-readable JSON on stdout (docs/cli-json.md).")
  boolean json;

  @Override
  public Integer call() throws Exception {
    SparkCommand root = SparkCommand.of(spec);
    long split = root.splitBytes();
    SparkSession spark = SparkSessions.open("tracemark scan", root.master);
    try {
      return new SparkScan(spark).run(new SparkScan.Options(paths, json, findings, report, out, split), System.out,
          new java.io.PrintStream(System.err, true, java.nio.charset.StandardCharsets.UTF_8));
    } finally {
      spark.stop();
    }
  }
}
