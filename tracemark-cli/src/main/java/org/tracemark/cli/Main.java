package org.tracemark.cli;

import picocli.CommandLine;

/** Entry point of the runnable jar. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    if (java.util.Arrays.asList(args).contains("--debug")) {
      // The CLI logs warnings only (logback.xml); --debug opens the detail for this run.
      ((ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME))
          .setLevel(ch.qos.logback.classic.Level.DEBUG);
    }
    System.exit(run(args));
  }

  /** Runs one command line and returns its exit code; the demo uses this to run the public commands in-process. */
  public static int run(String... args) {
    return newCommandLine().execute(args);
  }

  static CommandLine newCommandLine() {
    CommandLine commandLine = new CommandLine(new TracemarkCommand());
    ExitCodes.install(commandLine);
    return commandLine;
  }
}
