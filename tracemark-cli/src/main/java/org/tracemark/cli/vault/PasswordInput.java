package org.tracemark.cli.vault;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import org.tracemark.cli.UsageException;
import picocli.CommandLine.Option;

/**
 * How a command receives a login password — never as an argument, which would sit in the shell history and in
 * {@code ps} output: {@code --password} prompts twice on the terminal without echo, {@code --password-stdin} reads
 * the first line of standard input (for scripts), {@code --password-file F} the first line of a file (for
 * provisioning secrets). At most one of them.
 */
public final class PasswordInput {
  @Option(names = "--password", description = "Prompt for a login password for the server (twice, no echo). "
      + "设置网页登录密码（终端输入，不回显）。")
  boolean prompt;

  @Option(names = "--password-stdin", description = "Read the login password from the first line of standard input.")
  boolean stdin;

  @Option(names = "--password-file", paramLabel = "FILE", description = "Read the login password from the first line "
      + "of FILE.")
  Path file;

  /** The password, if one of the options was given. */
  public Optional<char[]> read() throws UsageException, IOException {
    int given = (prompt ? 1 : 0) + (stdin ? 1 : 0) + (file != null ? 1 : 0);
    if (given > 1) {
      throw new UsageException("give only one of --password, --password-stdin, --password-file");
    }
    if (stdin) {
      BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
      return Optional.of(firstLine(in.readLine(), "standard input"));
    }
    if (file != null) {
      if (!Files.isRegularFile(file)) {
        throw new UsageException("no such file: " + file);
      }
      try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
        return Optional.of(firstLine(in.readLine(), file.toString()));
      }
    }
    if (prompt) {
      Console console = System.console();
      if (console == null) {
        throw new UsageException("--password needs a terminal; use --password-stdin or --password-file in scripts");
      }
      char[] first = console.readPassword("密码 / password: ");
      char[] second = console.readPassword("再次输入 / again: ");
      if (first == null || second == null || !Arrays.equals(first, second)) {
        throw new UsageException("the two passwords differ (两次输入的密码不一致)");
      }
      Arrays.fill(second, '\0');
      return Optional.of(first);
    }
    return Optional.empty();
  }

  private static char[] firstLine(String line, String where) throws UsageException {
    if (line == null || line.isEmpty()) {
      throw new UsageException("no password on the first line of " + where);
    }
    return line.toCharArray();
  }
}
