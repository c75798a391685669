package org.tracemark.cli;

import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;

/** Progress bars for long commands. */
public final class Progress {
  private Progress() {}

  /**
   * A bar counting rows on stderr, or null when no one is watching: only an interactive terminal gets one, so
   * scripts, pipes and {@code --json} consumers see clean streams.
   */
  public static ProgressBar rowsBar(String task) {
    if (System.console() == null) {
      return null;
    }
    return new ProgressBarBuilder().setTaskName(task).setInitialMax(-1).setUnit(" 行", 1)
        .setConsumer(new ConsoleProgressBarConsumer(System.err)).setUpdateIntervalMillis(500).build();
  }
}
