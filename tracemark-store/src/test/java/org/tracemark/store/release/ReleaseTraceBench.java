package org.tracemark.store.release;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.SplittableRandom;
import org.tracemark.io.write.TableFormat;
import org.tracemark.io.write.TableWriter;
import org.tracemark.mark.ManifestCodec;
import org.tracemark.mark.MarkPolicy;
import org.tracemark.mark.ReleaseManifest;
import org.tracemark.pii.PiiEngine;
import org.tracemark.pii.RegionCodes;
import org.tracemark.store.trace.LeakTrace;
import org.tracemark.store.user.Actor;
import org.tracemark.store.user.Role;
import org.tracemark.store.vault.ColumnSuggester;
import org.tracemark.store.vault.OwnerImporter;
import org.tracemark.store.vault.Rows;
import org.tracemark.store.vault.Vault;
import org.tracemark.trace.Verdict;

/**
 * Release and trace at scale, in one JVM (not a test; never run by the build). Builds a vault of {@code big} ×
 * 100,000 + {@code small} × 10,000 records on SQLite, makes {@code releases} releases (two of them full 100k-row
 * releases of the big communities, the rest 2,000-row allocated releases of the small ones), then traces a
 * 100,000-row CSV leak made of 50,000 shuffled rows of each big release. Prints timings and stored sizes.
 *
 * <p>Run: {@code ./mvnw -o -q -pl tracemark-store -am test-compile && ./mvnw -o -q -pl tracemark-store
 * dependency:build-classpath -Dmdep.outputFile=/tmp/cp.txt && java -Xmx6g -cp
 * tracemark-store/target/test-classes:tracemark-store/target/classes:$(cat /tmp/cp.txt)
 * org.tracemark.store.release.ReleaseTraceBench /tmp/tm-bench 2 80 1000}
 */
public final class ReleaseTraceBench {
  private static final Actor SAM = new Actor("sam", Role.STEWARD, false);
  private static final Actor ADA = new Actor("ada", Role.ADMIN, false);

  private ReleaseTraceBench() {}

  public static void main(String[] args) throws Exception {
    if (args[0].equals("trace")) {
      // Re-trace an existing bench home: trace HOME LEAK
      Vault vault = Vault.open(Path.of(args[1]), Optional.empty(), Map.of(), Clock.systemUTC(), System.err);
      Releases releases = new Releases(vault, new SplittableRandom(1));
      PiiEngine engine = PiiEngine.standard();
      for (int run = 0; run < 3; run++) {
        long s = System.nanoTime();
        LeakTrace.Outcome o = new LeakTrace(vault, releases, engine).trace(SAM, List.of(Path.of(args[2])), 1e-6);
        System.out.printf("trace run %d: %d rows, %d linked, %d accused: %.2f s%n", run, o.result().rows(),
            o.linking().links().size(), o.result().verdicts().size(), (System.nanoTime() - s) / 1e9);
      }
      return;
    }
    if (args[0].equals("release")) {
      // Re-release from an existing bench home: release HOME COMMUNITY ROWS RUNS OUT_DIR (one JVM, cold run first)
      Vault vault = Vault.open(Path.of(args[1]), Optional.empty(), Map.of(), Clock.systemUTC(), System.err);
      Releases releases = new Releases(vault, new SplittableRandom(1));
      for (int run = 0; run < Integer.parseInt(args[4]); run++) {
        Path out = Path.of(args[5]).resolve("release-" + run + ".csv");
        long s = System.nanoTime();
        long cpu = org.tracemark.store.trace.Timing.cpu();
        long id = release(releases, "recipient-0", args[2], Integer.parseInt(args[3]), out);
        System.out.printf("release run %d of %s rows + %d canaries (csv): %.2f s wall, %.2f s process CPU%n", run,
            args[3], releases.get(id).orElseThrow().canaries(), (System.nanoTime() - s) / 1e9,
            (org.tracemark.store.trace.Timing.cpu() - cpu) / 1e9);
      }
      return;
    }
    Path dir = Files.createDirectories(Path.of(args[0]));
    int big = Integer.parseInt(args[1]);
    int small = Integer.parseInt(args[2]);
    int releaseCount = Integer.parseInt(args[3]);
    Path home = Files.createTempDirectory(dir, "home");
    Vault vault = Vault.open(home, Optional.empty(), Map.of(), Clock.systemUTC(), System.err);
    long t0 = System.nanoTime();
    long records = 0;
    List<String> communities = new ArrayList<>();
    for (int i = 0; i < big + small; i++) {
      String name = (i < big ? "大社区" : "小区") + i;
      int n = i < big ? 100_000 : 10_000;
      new OwnerImporter(vault, SAM, new OwnerImporter.ImportRequest(Path.of(name + ".csv"), name, Map.of()),
          RegionCodes.bundled(), ColumnSuggester.headerWords()).run(Rows.synthSource(Rows.synth(name, n, 1000 + i)));
      communities.add(name);
      records += n;
    }
    double importS = (System.nanoTime() - t0) / 1e9;
    System.out.printf("import: %d records in %.1f s (%.0f rows/s)%n", records, importS, records / importS);
    Releases releases = new Releases(vault, new SplittableRandom(1));
    releases.setRowLimit(ADA, 1_000_000);
    try (Connection c = vault.database().connect()) {
      c.setAutoCommit(false);
      for (int r = 0; r < releaseCount; r++) {
        Recipients.add(c, "recipient-" + r, "bench", Instant.now());
      }
      c.commit();
    }
    // Warm-up release (JIT), then the two full 100k-row releases, timed.
    release(releases, "recipient-0", communities.get(big), 2_000, dir.resolve("warm.csv"));
    List<Path> bigFiles = new ArrayList<>();
    for (int b = 0; b < big; b++) {
      Path out = dir.resolve("big-" + b + ".csv");
      long s = System.nanoTime();
      long id = release(releases, "recipient-" + (b + 1), communities.get(b), 100_000, out);
      System.out.printf("release of 100,000 rows with marks and canaries (csv): %.2f s%n", (System.nanoTime() - s) / 1e9);
      bigFiles.add(out);
      if (b == 0) {
        sizes(vault, releases, id);
      }
    }
    long s = System.nanoTime();
    long id = release(releases, "recipient-" + (big + 1), communities.get(0), 100_000, dir.resolve("big-x.xlsx"));
    System.out.printf("release of 100,000 rows with marks and canaries (xlsx): %.2f s%n", (System.nanoTime() - s) / 1e9);
    Files.deleteIfExists(dir.resolve("big-x.xlsx"));
    s = System.nanoTime();
    int made = big + 2;
    for (int r = made; r < releaseCount; r++) {
      Path out = dir.resolve("small.csv");
      release(releases, "recipient-" + r, communities.get(big + r % small), 2_000, out);
      Files.deleteIfExists(out);
    }
    System.out.printf("%d more 2,000-row releases: %.1f s%n", releaseCount - made, (System.nanoTime() - s) / 1e9);
    Path leak = dir.resolve("leak.csv");
    Random random = new Random(9);
    List<List<String>> rows = new ArrayList<>();
    for (Path f : bigFiles.subList(0, Math.min(2, bigFiles.size()))) {
      List<List<String>> table = Tables.read(f);
      List<List<String>> body = new ArrayList<>(table.subList(1, table.size()));
      Collections.shuffle(body, random);
      rows.addAll(body.subList(0, 100_000 / Math.min(2, bigFiles.size())));
    }
    Collections.shuffle(rows, random);
    try (TableWriter w = TableWriter.open(leak, TableFormat.CSV, StandardCharsets.UTF_8)) {
      w.writeRow(org.tracemark.synth.SyntheticOwner.HEADERS);
      for (List<String> r : rows) {
        w.writeRow(r);
      }
    }
    PiiEngine engine = PiiEngine.standard();
    for (int run = 0; run < 3; run++) {
      s = System.nanoTime();
      LeakTrace.Outcome o = new LeakTrace(vault, releases, engine).trace(SAM, List.of(leak), 1e-6);
      System.out.printf("trace run %d: %d rows, %d linked, %d candidates+verdicts, accused %s: %.2f s%n", run,
          o.result().rows(), o.linking().links().size(), o.result().verdicts().size() + o.result().candidates().size(),
          o.result().verdicts().stream().map(v -> o.release(v).recipient() + " " + String.format("%.0e",
              v.falseAccusationBound())).toList(), (System.nanoTime() - s) / 1e9);
      if (run == 0) {
        System.out.println("  innocent accused: " + o.result().verdicts().stream().map(Verdict::releaseId)
            .filter(v -> !v.equals("2") && !v.equals("3")).toList());
      }
    }
  }

  private static long release(Releases releases, String to, String community, int rows, Path out) throws Exception {
    return releases.release(SAM, new ReleaseRequest(to, community, Optional.empty(), List.of(), Optional.of(rows),
        TableFormat.fromFileName(out.toString()), StandardCharsets.UTF_8, out, MarkPolicy.all())).release().id();
  }

  private static void sizes(Vault vault, Releases releases, long id) throws Exception {
    try (Connection c = vault.database().connect(); Statement st = c.createStatement();
        ResultSet rs = st.executeQuery("SELECT length(record_ids), length(manifest_ct), length(canary_ids), "
            + "length(request), length(policy) FROM data_release WHERE id = " + id)) {
      rs.next();
      ReleaseManifest m = releases.manifests().stream().filter(x -> x.releaseId().equals(Long.toString(id)))
          .findFirst().orElseThrow();
      System.out.printf("100k-row release #%d stored: record bitmap %d B, encrypted manifest %d B (codec %d B, "
          + "Base64 inside AEAD), canary bitmap %d B, request %d B, policy %d B%n", id, rs.getInt(1), rs.getInt(2),
          ManifestCodec.encode(m).length, rs.getInt(3), rs.getInt(4), rs.getInt(5));
    }
  }
}
