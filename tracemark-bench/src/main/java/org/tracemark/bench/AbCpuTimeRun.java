package org.tracemark.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * The PII engines of two builds in one JVM, each from its own jar in its own class loader, timed pass by pass in
 * alternation by the thread's CPU time. On the shared machine the load changes from minute to minute; alternating
 * the two engines in one process exposes both to the same load, so their ratio means something even when the
 * absolute figures do not.
 *
 * <pre>
 * java -Xmx3g -XX:+UseParallelGC -cp tracemark-bench/target/benchmarks.jar org.tracemark.bench.AbCpuTimeRun \
 *     BEFORE.jar AFTER.jar corpus|tables|FILE
 * </pre>
 *
 * {@code corpus}: 20,000 chat lines of the labelled corpus (seed 7, as {@link CpuTimeRun}); {@code tables}: the
 * labelled corpus's owner, courier and headerless tables (20,000 rows each, seed 11) read without their headers, so
 * that columns are typed by content and the others go through the rule-based scan; a FILE: its lines (the first
 * tab-separated column, lines starting with # skipped) repeated to 20,000.
 */
public final class AbCpuTimeRun {
  private static final int PASSES = 8;
  private static final int WARM_UP = 2;

  private AbCpuTimeRun() {}

  public static void main(String[] args) throws Exception {
    if (args.length != 3) {
      System.err.println("usage: AbCpuTimeRun BEFORE.jar AFTER.jar corpus|tables|FILE");
      System.exit(2);
    }
    Build[] builds = {new Build("before", Path.of(args[0])), new Build("after", Path.of(args[1]))};
    String mode = args[2];
    Workload work = mode.equals("corpus") ? Workload.corpus(builds[0].loader)
        : mode.equals("tables") ? Workload.tables(builds[0].loader) : Workload.file(Path.of(mode));
    ThreadMXBean mx = ManagementFactory.getThreadMXBean();
    double[][] seconds = new double[2][PASSES];
    for (int pass = 0; pass < PASSES; pass++) {
      for (int k = 0; k < 2; k++) {
        long start = mx.getCurrentThreadCpuTime();
        long findings = work.run(builds[k]);
        seconds[k][pass] = (mx.getCurrentThreadCpuTime() - start) / 1e9;
        System.out.printf(Locale.ROOT, "pass %d %-6s %.3f s CPU (%d findings)%n", pass + 1, builds[k].name,
            seconds[k][pass], findings);
      }
    }
    double[] medians = new double[2];
    for (int k = 0; k < 2; k++) {
      double[] warm = Arrays.copyOfRange(seconds[k], WARM_UP, PASSES);
      Arrays.sort(warm);
      medians[k] = (warm[warm.length / 2 - 1] + warm[warm.length / 2]) / 2;
      System.out.printf(Locale.ROOT, "%-6s median of passes %d-%d: %.3f s CPU = %,.0f %s per CPU-second%n",
          builds[k].name, WARM_UP + 1, PASSES, medians[k], work.units() / medians[k], work.unitName());
    }
    System.out.printf(Locale.ROOT, "after/before throughput: %.2f%n", medians[0] / medians[1]);
  }

  /** One build's engine, reached by reflection through its own class loader. */
  private static final class Build {
    final String name;
    final ClassLoader loader;
    final Object engine;
    final Method analyzeText;
    final Method profileTable;
    final Method analyzeRow;

    Build(String name, Path jar) throws Exception {
      this.name = name;
      this.loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, ClassLoader.getPlatformClassLoader());
      Class<?> engineClass = loader.loadClass("org.tracemark.pii.PiiEngine");
      this.engine = engineClass.getMethod("standard").invoke(null);
      this.analyzeText = engineClass.getMethod("analyzeText", CharSequence.class);
      this.profileTable = engineClass.getMethod("profileTable", List.class, List.class);
      this.analyzeRow = engineClass.getMethod("analyzeRow", loader.loadClass("org.tracemark.pii.TableProfile"),
          List.class);
    }
  }

  private record Workload(List<String> lines, List<List<List<String>>> tables) {
    static Workload corpus(ClassLoader loader) throws Exception {
      Class<?> corpusClass = loader.loadClass("org.tracemark.synth.LabelledCorpus");
      Object corpus = corpusClass.getConstructor(long.class).newInstance(7L);
      List<String> lines = new ArrayList<>();
      for (Object line : (List<?>) corpusClass.getMethod("chatLines", int.class).invoke(corpus, 20_000)) {
        lines.add((String) line.getClass().getMethod("text").invoke(line));
      }
      return new Workload(lines, List.of());
    }

    @SuppressWarnings("unchecked")
    static Workload tables(ClassLoader loader) throws Exception {
      Class<?> corpusClass = loader.loadClass("org.tracemark.synth.LabelledCorpus");
      Object corpus = corpusClass.getConstructor(long.class).newInstance(11L);
      List<List<List<String>>> tables = new ArrayList<>();
      for (String kind : List.of("ownerTable", "courierTable", "headerlessTable")) {
        Object table = corpusClass.getMethod(kind, int.class).invoke(corpus, 20_000);
        tables.add((List<List<String>>) table.getClass().getMethod("rows").invoke(table));
      }
      return new Workload(List.of(), tables);
    }

    static Workload file(Path path) throws Exception {
      List<String> base = new ArrayList<>();
      for (String l : Files.readAllLines(path, StandardCharsets.UTF_8)) {
        if (!l.isBlank() && !l.startsWith("#")) {
          int tab = l.indexOf('\t');
          base.add(tab < 0 ? l : l.substring(0, tab));
        }
      }
      List<String> lines = new ArrayList<>();
      while (lines.size() < 20_000) {
        lines.addAll(base);
      }
      return new Workload(lines, List.of());
    }

    long run(Build b) throws Exception {
      long findings = 0;
      for (String line : lines) {
        findings += ((List<?>) b.analyzeText.invoke(b.engine, line)).size();
      }
      for (List<List<String>> rows : tables) {
        List<String> header = Collections.nCopies(rows.get(0).size(), "");
        Object profile = b.profileTable.invoke(b.engine, header, rows.subList(0, 1000));
        for (List<String> row : rows) {
          findings += ((List<?>) b.analyzeRow.invoke(b.engine, profile, row)).size();
        }
      }
      return findings;
    }

    long units() {
      long rows = 0;
      for (List<List<String>> t : tables) {
        rows += t.size();
      }
      return lines.size() + rows;
    }

    String unitName() {
      return tables.isEmpty() ? "lines" : "rows";
    }
  }
}
