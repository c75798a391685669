package org.tracemark.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.tracemark.pii.PiiEngine;
import org.tracemark.pii.TableProfile;
import org.tracemark.synth.Labelled;
import org.tracemark.synth.LabelledCorpus;
import org.tracemark.synth.SyntheticOwner;

/**
 * The JMH workloads of {@link PiiTableBenchmark} and {@link PiiTextBenchmark} timed by the thread's CPU time
 * instead of the wall clock. On the shared project machine (load often above 10 on 2 cores) wall-clock throughput
 * measures the neighbours; CPU seconds spent by the one benchmark thread are the one-core figure the requirement
 * asks for. Pass 1 over the table is cold (fresh engine: empty number-segment memo, JIT still compiling).
 *
 * <pre>
 * java -Xmx2g -XX:+UseParallelGC -cp tracemark-bench/target/benchmarks.jar org.tracemark.bench.CpuTimeRun
 * </pre>
 */
public final class CpuTimeRun {
  private CpuTimeRun() {}

  public static void main(String[] args) {
    ThreadMXBean mx = ManagementFactory.getThreadMXBean();
    String[] lines = PiiTableBenchmark.ownerLines(PiiTableBenchmark.ROWS);
    long build = mx.getCurrentThreadCpuTime();
    PiiEngine engine = PiiEngine.standard();
    List<List<String>> sample = new ArrayList<>();
    for (int i = 0; i < 1000; i++) {
      sample.add(PiiTableBenchmark.split(lines[i]));
    }
    long profileStart = mx.getCurrentThreadCpuTime();
    TableProfile profile = engine.profileTable(SyntheticOwner.HEADERS, sample);
    long profileEnd = mx.getCurrentThreadCpuTime();
    System.out.printf(Locale.ROOT, "engine build %.0f ms CPU, first profile (HanLP load included) %.0f ms CPU%n",
        (profileStart - build) / 1e6, (profileEnd - profileStart) / 1e6);
    for (int pass = 1; pass <= 4; pass++) {
      long cpu = 0;
      long findings = 0;
      List<List<String>> batch = new ArrayList<>(4096);
      for (int start = 0; start < lines.length; start += 4096) {
        batch.clear();
        for (int i = start; i < Math.min(lines.length, start + 4096); i++) {
          batch.add(PiiTableBenchmark.split(lines[i]));
        }
        long t = mx.getCurrentThreadCpuTime();
        for (List<String> row : batch) {
          findings += engine.analyzeRow(profile, row).size();
        }
        cpu += mx.getCurrentThreadCpuTime() - t;
      }
      System.out.printf(Locale.ROOT, "table pass %d%s: %,.0f rows per CPU-second (%d findings)%n", pass,
          pass == 1 ? " (cold)" : "", lines.length / (cpu / 1e9), findings);
    }
    List<Labelled.Line> corpus = new LabelledCorpus(7).chatLines(PiiTextBenchmark.LINES);
    long bytes = 0;
    for (Labelled.Line l : corpus) {
      bytes += l.text().getBytes(StandardCharsets.UTF_8).length + 1;
    }
    for (int pass = 1; pass <= 4; pass++) {
      long t = mx.getCurrentThreadCpuTime();
      long findings = 0;
      for (Labelled.Line l : corpus) {
        findings += engine.analyzeText(l.text()).size();
      }
      double s = (mx.getCurrentThreadCpuTime() - t) / 1e9;
      System.out.printf(Locale.ROOT, "text pass %d: %,.0f lines and %.2f MB (UTF-8) per CPU-second (%d findings)%n",
          pass, corpus.size() / s, bytes / s / 1e6, findings);
    }
  }
}
