package org.tracemark.trace.sim;

import java.security.GeneralSecurityException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;
import org.tracemark.trace.TraceConfig;
import org.tracemark.trace.TraceResult;
import org.tracemark.trace.Tracer;
import org.tracemark.trace.Verdict;
import org.tracemark.trace.sim.LeakSpec.Transform;

/**
 * Runs the robustness table of issue 7: for each leak shape and size, many seeded trials, counting leakers named and
 * innocent releases accused. Deterministic for a seed.
 */
final class Robustness {
  /** The outcome of one cell. */
  record Cell(LeakSpec spec, int rowsPerSource, int trials, int leakers, int leakersFound, int allFoundTrials,
      int innocentsAccused, long nanos) {
    double detectionRate() {
      return leakers == 0 ? 0 : (double) leakersFound / leakers;
    }
  }

  /** The leak shapes of the table. */
  static List<LeakSpec> shapes() {
    Set<Transform> none = Set.of();
    return List.of(
        LeakSpec.of("1 source, all columns", 1, none, 0, false),
        LeakSpec.of("1 source, re-sorted, CSV→XLSX→CSV, GBK", 1,
            EnumSet.of(Transform.RESORT, Transform.EXCEL_ROUND_TRIP, Transform.GBK), 0, false),
        LeakSpec.of("1 source, random columns dropped", 1, EnumSet.of(Transform.DROP_SOME_COLUMNS), 0, false),
        LeakSpec.of("1 source, name + mobile only", 1, EnumSet.of(Transform.NAME_AND_MOBILE), 0, false),
        LeakSpec.of("1 source, addresses and numbers normalised", 1, EnumSet.of(Transform.NORMALISE), 0, false),
        LeakSpec.of("1 source + 10% foreign rows", 1, EnumSet.of(Transform.RESORT), 0.10, false),
        LeakSpec.of("1 source + 50% foreign rows", 1, EnumSet.of(Transform.RESORT), 0.50, false),
        LeakSpec.of("2 sources merged", 2, EnumSet.of(Transform.RESORT), 0, false),
        LeakSpec.of("3 sources merged + 20% foreign", 3, EnumSet.of(Transform.RESORT), 0.20, false),
        LeakSpec.of("4 sources merged, XLSX", 4, EnumSet.of(Transform.RESORT, Transform.EXCEL_ROUND_TRIP), 0, false),
        LeakSpec.of("2 colluders keep shared values", 2, EnumSet.of(Transform.RESORT), 0, true));
  }

  private final SimWorld world;
  private final TraceConfig config;

  Robustness(SimWorld world, TraceConfig config) {
    this.world = world;
    this.config = config;
  }

  Cell run(LeakSpec spec, int rowsPerSource, int trials, long seed) throws GeneralSecurityException {
    Tracer tracer = new Tracer(config, keyId -> world.prf);
    LeakMaker maker = new LeakMaker(world);
    int leakers = 0;
    int found = 0;
    int allFound = 0;
    int innocents = 0;
    long start = System.nanoTime();
    for (int t = 0; t < trials; t++) {
      SplittableRandom random = new SplittableRandom(seed * 1_000_003L + t);
      LeakMaker.Leak leak = maker.make(spec, rowsPerSource, random);
      TraceResult result = tracer.trace(leak.input(), world.manifests());
      int hits = 0;
      for (Verdict v : result.verdicts()) {
        if (leak.guilty().contains(v.releaseId())) {
          hits++;
        } else {
          innocents++;
        }
      }
      leakers += leak.guilty().size();
      found += hits;
      allFound += hits == leak.guilty().size() ? 1 : 0;
    }
    return new Cell(spec, rowsPerSource, trials, leakers, found, allFound, innocents, System.nanoTime() - start);
  }

  /** The cells as a Markdown table: one row per shape, one column per leak size. */
  static String table(List<Cell> cells, int[] sizes) {
    StringBuilder s = new StringBuilder("| leak shape (rows per source →) |");
    for (int n : sizes) {
      s.append(' ').append(n).append(" |");
    }
    s.append("\n|---|").append("---|".repeat(sizes.length)).append('\n');
    String label = null;
    for (Cell c : cells) {
      if (!c.spec().label().equals(label)) {
        if (label != null) {
          s.append('\n');
        }
        label = c.spec().label();
        s.append("| ").append(label).append(" |");
      }
      s.append(String.format(Locale.ROOT, " %.1f%% / %d |", 100 * c.detectionRate(), c.innocentsAccused()));
    }
    return s.append('\n').toString();
  }

  static List<Cell> runAll(Robustness r, int[] sizes, int trials) throws GeneralSecurityException {
    List<Cell> cells = new ArrayList<>();
    long seed = 1;
    for (LeakSpec spec : shapes()) {
      for (int n : sizes) {
        cells.add(r.run(spec, n, trials, seed++));
      }
    }
    return cells;
  }
}
