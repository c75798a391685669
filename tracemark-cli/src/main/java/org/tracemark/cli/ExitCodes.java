package org.tracemark.cli;

import org.tracemark.io.BadInputException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/**
 * The one place that turns failures into exit codes and one-line messages.
 *
 * <ul>
 *   <li>0: success.
 *   <li>1: an internal error (a bug or an environment fault).
 *   <li>2: usage: a wrong option or argument ({@link UsageException} or picocli's parse errors).
 *   <li>3: bad input: a file that cannot be read as what it claims to be ({@link BadInputException}).
 * </ul>
 *
 * <p>No stack trace is printed unless {@code --debug} is given, because a trace can carry personal data from the
 * input and means nothing to most users.
 */
public final class ExitCodes {
  public static final int OK = 0;
  public static final int INTERNAL = 1;
  public static final int USAGE = 2;
  public static final int BAD_INPUT = 3;

  private ExitCodes() {}

  static void install(CommandLine commandLine) {
    commandLine.setExecutionExceptionHandler(new ExecutionHandler());
    commandLine.setParameterExceptionHandler(new ParameterHandler());
  }

  private static boolean debug(ParseResult parseResult) {
    return parseResult != null && parseResult.expandedArgs().contains("--debug");
  }

  private static final class ParameterHandler implements IParameterExceptionHandler {
    @Override
    public int handleParseException(ParameterException ex, String[] args) {
      CommandLine cmd = ex.getCommandLine();
      cmd.getErr().println("tracemark: " + ex.getMessage());
      cmd.getErr().println("Run '" + cmd.getCommandSpec().qualifiedName() + " --help' for usage.");
      return USAGE;
    }
  }

  private static final class ExecutionHandler implements IExecutionExceptionHandler {
    @Override
    public int handleExecutionException(Exception ex, CommandLine cmd, ParseResult parseResult) {
      boolean debug = debug(parseResult);
      if (debug) {
        ex.printStackTrace(cmd.getErr());
      }
      if (ex instanceof BadInputException bad) {
        cmd.getErr().println("tracemark: " + bad.getMessage());
        return BAD_INPUT;
      }
      if (ex instanceof UsageException usage) {
        cmd.getErr().println("tracemark: " + usage.getMessage());
        cmd.getErr().println("Run '" + cmd.getCommandSpec().qualifiedName() + " --help' for usage.");
        return USAGE;
      }
      cmd.getErr().println("tracemark: internal error: " + ex.getClass().getSimpleName()
          + (debug ? "" : " (run again with --debug for details)"));
      return INTERNAL;
    }
  }
}
