package org.tracemark.store.trace;

import com.sun.management.OperatingSystemMXBean;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.SplittableRandom;
import org.tracemark.io.BadInputException;
import org.tracemark.io.read.DocumentHandler;
import org.tracemark.io.read.DocumentInfo;
import org.tracemark.io.read.DocumentReader;
import org.tracemark.io.read.ReadLimits;
import org.tracemark.io.write.TableFormat;
import org.tracemark.io.write.TableWriter;
import org.tracemark.mark.MarkPolicy;
import org.tracemark.pii.PiiEngine;
import org.tracemark.pii.RegionCodes;
import org.tracemark.store.release.Recipients;
import org.tracemark.store.release.ReleaseRequest;
import org.tracemark.store.release.Releases;
import org.tracemark.store.user.Actor;
import org.tracemark.store.user.Role;
import org.tracemark.store.vault.ColumnSuggester;
import org.tracemark.store.vault.OwnerImporter;
import org.tracemark.store.vault.Rows;
import org.tracemark.store.vault.Vault;

/**
 * Trace at the scale (not a test; never run by the build): a 1,000,000-record SQLite vault (2 communities of
 * 100,000 records and 80 of 10,000, imported through {@link OwnerImporter}) and 1,000 releases made through
 * {@link Releases#release} (two 50,000-row releases of the big communities, 998 allocated releases of 1,000–2,000 rows
 * over the small ones), then a 100,000-row leak: every row of both 50k releases, shuffled, the ID column dropped.
 *
 * <p>The fixture is built once under {@code DIR/home} ({@code DIR/fixture.done} marks it complete) and reused by
 * later runs, which only trace. Each trace runs {@link LeakTrace} — what {@code tracemark trace} calls — and prints
 * wall time, process CPU time (all threads) and the load average. The first trace of a JVM is the cold one.
 *
 * <p>Run: {@code java -Xmx6g -cp ... org.tracemark.store.trace.TraceScaleBench DIR [traces]}
 */
public final class TraceScaleBench {
  private static final Actor SAM = new Actor("sam", Role.STEWARD, false);
  private static final Actor ADA = new Actor("ada", Role.ADMIN, false);
  private static final int BIG = 2;
  private static final int SMALL = 80;
  private static final int RELEASES = 1_000;

  private TraceScaleBench() {}

  public static void main(String[] args) throws Exception {
    Path dir = Files.createDirectories(Path.of(args[0]));
    int traces = args.length > 1 ? Integer.parseInt(args[1]) : 3;
    Path home = dir.resolve("home");
    Path leak = dir.resolve("leak.csv");
    if (!Files.exists(dir.resolve("fixture.done"))) {
      build(dir, home, leak);
      Files.writeString(dir.resolve("fixture.done"), Instant.now().toString());
    } else {
      System.out.println("reusing fixture " + home);
    }
    Vault vault = Vault.open(home, Optional.empty(), Map.of(), Clock.systemUTC(), System.err);
    Releases releases = new Releases(vault, new SplittableRandom(1));
    PiiEngine engine = PiiEngine.standard();
    OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    for (int run = 0; run < traces; run++) {
      double loadBefore = os.getSystemLoadAverage();
      long cpu = os.getProcessCpuTime();
      long s = System.nanoTime();
      LeakTrace.Outcome o = new LeakTrace(vault, releases, engine).trace(SAM, List.of(leak), 1e-6);
      double wall = (System.nanoTime() - s) / 1e9;
      double cpuS = (os.getProcessCpuTime() - cpu) / 1e9;
      System.out.printf("trace run %d (%s): %d rows, %d linked, %d candidates, accused %s: wall %.2f s, "
              + "process CPU %.2f s, load %.2f→%.2f%n", run, run == 0 ? "cold" : "warm", o.result().rows(),
          o.linking().links().size(), o.result().candidates().size(),
          o.result().verdicts().stream().map(v -> v.releaseId() + "=" + o.release(v).recipient() + " "
              + String.format("%.0e", v.falseAccusationBound())).toList(), wall, cpuS, loadBefore,
          os.getSystemLoadAverage());
    }
  }

  private static void build(Path dir, Path home, Path leak) throws Exception {
    if (Files.exists(home)) {
      throw new IllegalStateException(home + " exists without fixture.done: remove it (an interrupted build)");
    }
    Vault vault = Vault.open(home, Optional.empty(), Map.of(), Clock.systemUTC(), System.err);
    long t0 = System.nanoTime();
    List<String> communities = new ArrayList<>();
    long records = 0;
    for (int i = 0; i < BIG + SMALL; i++) {
      String name = (i < BIG ? "大社区" : "小区") + i;
      int n = i < BIG ? 100_000 : 10_000;
      new OwnerImporter(vault, SAM, new OwnerImporter.ImportRequest(Path.of(name + ".csv"), name, Map.of()),
          RegionCodes.bundled(), ColumnSuggester.headerWords()).run(Rows.synthSource(Rows.synth(name, n, 1000 + i)));
      communities.add(name);
      records += n;
    }
    double importS = (System.nanoTime() - t0) / 1e9;
    System.out.printf("fixture import: %d records in %.1f s (%.0f rows/s)%n", records, importS, records / importS);
    Releases releases = new Releases(vault, new SplittableRandom(1));
    releases.setRowLimit(ADA, 1_000_000);
    try (Connection c = vault.database().connect()) {
      c.setAutoCommit(false);
      for (int r = 0; r < RELEASES; r++) {
        Recipients.add(c, "recipient-" + r, "bench", Instant.now());
      }
      c.commit();
    }
    long s = System.nanoTime();
    List<Path> bigFiles = new ArrayList<>();
    for (int b = 0; b < BIG; b++) {
      Path out = dir.resolve("big-" + b + ".csv");
      release(releases, "recipient-" + b, communities.get(b), 50_000, out);
      bigFiles.add(out);
    }
    System.out.printf("fixture: two 50,000-row releases in %.1f s%n", (System.nanoTime() - s) / 1e9);
    s = System.nanoTime();
    SplittableRandom sizes = new SplittableRandom(7);
    Path out = dir.resolve("small.csv");
    for (int r = BIG; r < RELEASES; r++) {
      release(releases, "recipient-" + r, communities.get(BIG + r % SMALL), sizes.nextInt(1_000, 2_001), out);
      if (r % 100 == 0) {
        System.out.printf("  %d releases, %.1f s%n", r, (System.nanoTime() - s) / 1e9);
      }
    }
    Files.deleteIfExists(out);
    System.out.printf("fixture: %d releases of 1,000-2,000 rows in %.1f s%n", RELEASES - BIG,
        (System.nanoTime() - s) / 1e9);
    writeLeak(bigFiles, leak);
  }

  /** Every row of the big releases, shuffled, without the ID column (the leak links by mobile and by name+flat). */
  private static void writeLeak(List<Path> files, Path leak) throws Exception {
    List<String> header = new ArrayList<>();
    List<List<String>> rows = new ArrayList<>();
    for (Path f : files) {
      new DocumentReader(ReadLimits.defaults()).read(f, new DocumentHandler() {
        @Override
        public void startDocument(DocumentInfo info) {}

        @Override
        public void header(List<String> h) {
          header.clear();
          header.addAll(h);
        }

        @Override
        public void row(long rowNumber, List<String> cells) {
          rows.add(new ArrayList<>(cells));
        }

        @Override
        public void line(long lineNumber, String line) {}

        @Override
        public void endDocument(DocumentInfo info) {}

        @Override
        public void failed(String displayPath, BadInputException problem) {
          throw new IllegalStateException(problem.getMessage());
        }
      });
    }
    int drop = header.indexOf("身份证号");
    Collections.shuffle(rows, new Random(9));
    header.remove(drop);
    try (TableWriter w = TableWriter.open(leak, TableFormat.CSV, StandardCharsets.UTF_8)) {
      w.writeRow(header);
      for (List<String> r : rows) {
        r.remove(drop);
        w.writeRow(r);
      }
    }
    System.out.printf("leak: %d rows (header %s)%n", rows.size(), header);
  }

  private static void release(Releases releases, String to, String community, int rows, Path out) throws Exception {
    releases.release(SAM, new ReleaseRequest(to, community, Optional.empty(), List.of(), Optional.of(rows),
        TableFormat.fromFileName(out.toString()), StandardCharsets.UTF_8, out, MarkPolicy.all()));
  }
}
