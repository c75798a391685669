package org.tracemark.cli;

import picocli.CommandLine;

/** Entry point of the runnable jar. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
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
