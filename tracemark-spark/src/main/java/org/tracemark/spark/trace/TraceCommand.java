package org.tracemark.spark.trace;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** Placeholder while the trace job is written. */
@Command(name = "trace")
public final class TraceCommand implements Callable<Integer> {
  @Override
  public Integer call() {
    return 1;
  }
}
