package org.tracemark.store.trace;

/**
 * Phase timings on stderr when the system property {@code tracemark.timing} is set (benchmarks only); otherwise
 * nothing. No data, only phase names and milliseconds.
 */
public final class Timing {
  private static final boolean ON = System.getProperty("tracemark.timing") != null;
  private final String what;
  private long last = System.nanoTime();
  private long lastCpu = cpu();

  public Timing(String what) {
    this.what = what;
  }

  /** CPU time of the whole process (all threads, GC and JIT included), ns; 0 where the JVM does not tell. */
  public static long cpu() {
    if (java.lang.management.ManagementFactory.getOperatingSystemMXBean()
        instanceof com.sun.management.OperatingSystemMXBean os) {
      return os.getProcessCpuTime();
    }
    return 0;
  }

  public void lap(String phase) {
    if (ON) {
      long now = System.nanoTime();
      long cpu = cpu();
      System.err.printf("[timing] %s %s: %d ms wall, %d ms process CPU%n", what, phase, (now - last) / 1_000_000,
          (cpu - lastCpu) / 1_000_000);
      last = now;
      lastCpu = cpu;
    }
  }
}
