package org.tracemark.spark.trace;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import org.tracemark.spark.SparkCommand;
import org.tracemark.spark.SparkSessions;
import org.tracemark.spark.VaultAccess;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code tracemark-spark trace}: the arguments and output of {@code tracemark trace}, plus --index and --out. */
@Command(name = "trace", mixinStandardHelpOptions = true,
    description = {"Trace a leaked list back to the release(s) it came from, joining it on Spark against an exported"
        + " blind index.", "在 Spark 上对泄露名单溯源：与导出的盲索引联接，指出来源发布及误指控概率上界。"})
public final class TraceCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "Leaked file(s), directories, archives or data sets.")
  List<String> files;

  @Option(names = "--index", required = true, paramLabel = "DIR", description = "What export-index wrote.")
  String index;

  @Option(names = "--alpha", defaultValue = "1e-6", paramLabel = "P",
      description = "Accuse only when the false-accusation bound is at most P (default ${DEFAULT-VALUE}).")
  double alpha;

  @Option(names = "--report", paramLabel = "FILE.html", description = "Write the evidence report (Simplified Chinese).")
  Path report;

  @Option(names = "--out", paramLabel = "DIR", description = "Also write every linked row to DIR/links (Parquet).")
  String out;

  @Option(names = "--json", description = "Print machine-readable JSON on stdout (docs/cli-json.md).")
  boolean json;

  @Override
  public Integer call() throws Exception {
    SparkCommand root = SparkCommand.of(spec);
    PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
    VaultAccess access = VaultAccess.open(root, err);
    SparkSession spark = SparkSessions.open("tracemark trace", root.master);
    try {
      return new SparkTrace(spark).run(access, new SparkTrace.Options(files, index, alpha, json, report, out),
          System.out, err);
    } finally {
      spark.stop();
    }
  }
}
