package org.tracemark.bench;

import java.io.OutputStream;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.tracemark.cli.Main;

/**
 * The whole {@code tracemark scan FILE --json} pipeline — reading and decoding the CSV, column profiling, every
 * detector on every cell, counting, the JSON — run several times in one JVM, so that the passes after the first
 * show the steady-state throughput without JVM start, class loading and JIT compilation (the first pass shows
 * them). The scan runs on this thread; its CPU time is the one-core figure. Run it pinned to one core
 * ({@code taskset -c 1}) to include the JIT and GC threads in that core's budget.
 *
 * <pre>
 * taskset -c 1 java -XX:ActiveProcessorCount=1 -Xmx512m -cp tracemark-bench/target/benchmarks.jar \
 *     org.tracemark.bench.ScanPipelineRun /tmp/owners-1m.csv 1000000 6
 * </pre>
 */
public final class ScanPipelineRun {
  private ScanPipelineRun() {}

  public static void main(String[] args) throws Exception {
    Path file = Path.of(args[0]);
    long rows = Long.parseLong(args[1]);
    int passes = Integer.parseInt(args[2]);
    Path home = Files.createTempDirectory("tracemark-scan-bench");
    ThreadMXBean mx = ManagementFactory.getThreadMXBean();
    PrintStream out = System.out;
    PrintStream devNull = new PrintStream(OutputStream.nullOutputStream(), false, "UTF-8");
    for (int pass = 1; pass <= passes; pass++) {
      long wall = System.nanoTime();
      long thread = mx.getCurrentThreadCpuTime();
      long process = processCpu();
      System.setOut(devNull);
      int exit;
      try {
        exit = Main.run("--home", home.toString(), "scan", file.toString(), "--json");
      } finally {
        System.setOut(out);
      }
      double threadS = (mx.getCurrentThreadCpuTime() - thread) / 1e9;
      double processS = (processCpu() - process) / 1e9;
      double wallS = (System.nanoTime() - wall) / 1e9;
      out.printf(Locale.ROOT, "pass %d (exit %d): wall %.2f s, scan thread CPU %.2f s = %.2f M rows/CPU-s, "
          + "process CPU %.2f s = %.2f M rows/s%n", pass, exit, wallS, threadS, rows / threadS / 1e6, processS,
          rows / processS / 1e6);
    }
  }

  private static long processCpu() {
    return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
        .getProcessCpuTime();
  }
}
