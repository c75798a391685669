package org.tracemark.spark;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs the packaged {@code tracemark.jar} as a subprocess, the way a user does, and captures what it printed.
 *
 * <p>The jar path comes from the system property {@code tracemark.jar}, which surefire sets to tracemark-cli's packaged jar.
 */
public final class CliProcess {
  private static final long TIMEOUT_SECONDS = 600;

  private CliProcess() {}

  /** The result of one run: exit code, stdout and stderr decoded as UTF-8. */
  public record Result(int exitCode, String stdout, String stderr) {}

  /** Runs {@code tracemark ARGS} with {@code home} as TRACEMARK_HOME. */
  public static Result run(Path home, String... args) throws IOException, InterruptedException {
    return run(home, Map.of(), List.of(), args);
  }

  /** Runs with extra environment variables and JVM options (for example {@code -Xmx512m}). */
  public static Result run(Path home, Map<String, String> env, List<String> jvmOptions, String... args)
      throws IOException, InterruptedException {
    String jar = System.getProperty("tracemark.jar");
    if (jar == null || !Files.exists(Path.of(jar))) {
      throw new IllegalStateException("system property tracemark.jar must name the packaged CLI, got " + jar);
    }
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Dfile.encoding=UTF-8");
    command.addAll(jvmOptions);
    command.add("-jar");
    command.add(jar);
    command.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(command);
    builder.environment().put("TRACEMARK_HOME", home.toString());
    builder.environment().putAll(env);
    Path stdout = Files.createTempFile("tracemark-out", ".txt");
    Path stderr = Files.createTempFile("tracemark-err", ".txt");
    try {
      builder.redirectOutput(stdout.toFile()).redirectError(stderr.toFile()).redirectInput(ProcessBuilder.Redirect.PIPE);
      Process process = builder.start();
      process.getOutputStream().close();
      if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        throw new IllegalStateException("tracemark " + String.join(" ", args) + " did not finish in time");
      }
      return new Result(process.exitValue(),
          Files.readString(stdout, StandardCharsets.UTF_8), Files.readString(stderr, StandardCharsets.UTF_8));
    } finally {
      Files.deleteIfExists(stdout);
      Files.deleteIfExists(stderr);
    }
  }
}
