package org.tracemark.spark;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.tracemark.io.BadInputException;
import picocli.CommandLine;

/**
 * {@code tracemark-spark}: entry point for {@code bin/tracemark-spark} and {@code spark-submit --class
 * org.tracemark.spark.Main}. Exit codes as the CLI's: 0 ok, 1 internal error, 2 usage, 3 bad input.
 */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    System.exit(run(args));
  }

  /** Runs one command and returns its exit code; stdout carries the JSON, stderr the messages. */
  public static int run(String... args) {
    PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
    CommandLine cli = new CommandLine(new SparkCommand());
    cli.setErr(new java.io.PrintWriter(err, true));
    cli.setExecutionExceptionHandler((e, line, parsed) -> {
      if (e instanceof BadInputException b) {
        err.println("tracemark: " + b.getMessage());
        return 3;
      }
      if (e instanceof org.tracemark.store.user.AccessDeniedException || e instanceof IllegalArgumentException) {
        err.println("tracemark: " + e.getMessage());
        return 2;
      }
      if (e instanceof UsageException u) {
        err.println("tracemark: " + u.getMessage());
        return 2;
      }
      SparkCommand root = line.getCommandSpec().root().userObject() instanceof SparkCommand c ? c : null;
      err.println("tracemark: internal error: " + e.getClass().getSimpleName()
          + (e.getMessage() == null ? "" : ": " + e.getMessage().lines().findFirst().orElse("")));
      if (root != null && root.debug) {
        e.printStackTrace(err);
      }
      return 1;
    });
    return cli.execute(args);
  }
}
