package org.tracemark.spark.assess;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import org.tracemark.law.Circumstances;
import org.tracemark.spark.SparkCommand;
import org.tracemark.spark.SparkSessions;
import org.tracemark.spark.UsageException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code tracemark-spark assess}: the arguments and output of {@code tracemark assess}, plus --approx and --out. */
@Command(name = "assess", mixinStandardHelpOptions = true,
    description = {"Count unique, valid personal-data records by category and assess severity under 法释〔2017〕10号,"
        + " on Spark.", "在 Spark 上统计真实、不重复的个人信息条数及类别，评估是否达到“情节严重”。结果为辅助材料。"})
public final class AssessCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "PATH",
      description = "Files, directories, .zip archives or Parquet/ORC data sets, deduplicated across all.")
  List<String> paths;

  @Option(names = "--gains", paramLabel = "YUAN", defaultValue = "0", description = "Illegal gains in yuan (违法所得).")
  BigDecimal gains;

  @Option(names = "--insider", description = "Obtained while performing duties or providing services.")
  boolean insider;

  @Option(names = "--prior-punishment", description = "Prior criminal or recent administrative punishment.")
  boolean priorPunishment;

  @Option(names = "--buyers", paramLabel = "N", defaultValue = "1", description = "Sold or provided to N buyers.")
  long buyers;

  @Option(names = "--report", paramLabel = "FILE.html", description = "Write an HTML report in Chinese.")
  Path report;

  @Option(names = "--approx", description = "Distinct counts by HyperLogLog++ (1% relative error) instead of exactly.")
  boolean approx;

  @Option(names = "--out", paramLabel = "DIR", description = "Also write one row per record to DIR/records (Parquet).")
  String out;

  @Option(names = "--json", description = "Print machine-readable JSON on stdout (docs/cli-json.md).")
  boolean json;

  @Override
  public Integer call() throws Exception {
    Circumstances facts;
    try {
      facts = new Circumstances(gains, insider, priorPunishment, buyers);
    } catch (IllegalArgumentException e) {
      throw new UsageException(e.getMessage());
    }
    SparkCommand root = SparkCommand.of(spec);
    long split = root.splitBytes();
    SparkSession spark = SparkSessions.open("tracemark assess", root.master);
    try {
      return new SparkAssess(spark).run(new SparkAssess.Options(paths, facts, json, report, approx, out, split),
          System.out, new java.io.PrintStream(System.err, true, java.nio.charset.StandardCharsets.UTF_8));
    } finally {
      spark.stop();
    }
  }
}
