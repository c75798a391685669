package org.tracemark.cli;

import picocli.CommandLine.Option;

/** The {@code --json} switch every command that prints results shares: machine output on stdout. */
public final class JsonOption {
  @Option(names = "--json", description = "Print machine-readable JSON on stdout (see docs/cli-json.md); "
      + "human messages and progress go to stderr.")
  boolean json;

  public boolean enabled() {
    return json;
  }
}
