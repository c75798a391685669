package org.tracemark.store.trace;

/**
 * Phase timings on stderr when the system property {@code tracemark.timing} is set (benchmarks only); otherwise
 * nothing. No data, only phase names and milliseconds.
 */
public final class Timing {
  private static final boolean ON = System.getProperty("tracemark.timing") != null;
  private final String what;
  private long last = System.nanoTime();

  public Timing(String what) {
    this.what = what;
  }

  public void lap(String phase) {
    if (ON) {
      long now = System.nanoTime();
      System.err.printf("[timing] %s %s: %d ms%n", what, phase, (now - last) / 1_000_000);
      last = now;
    }
  }
}
