package org.tracemark.trace;

import java.security.GeneralSecurityException;
import org.roaringbitmap.IntIterator;
import org.roaringbitmap.RoaringBitmap;
import org.tracemark.mark.MarkField;
import org.tracemark.mark.RecordRef;
import org.tracemark.mark.ReleaseManifest;
import org.tracemark.mark.ReleaseMarks;

/**
 * Scores one release against the live rows of a leak, and attributes rows to a release once it is accused.
 *
 * <p>Statistics and their assumptions. A mark is one (record, field) the release marked and some live row shows in
 * a readable form. If the release is innocent, whatever produced the observed cells never saw its keyed choices, so
 * — the PRF being pseudo-random — its choice falls in the set S of observed variants with probability at most
 * |S|·⌈65536/k⌉/65536, independently across marks. Which marks are checked depends only on the rows, the truth and
 * the manifests, never on the release's key; so do the removals of rows explained by other releases. Repeated rows
 * of one record are merged into one mark per field (counting them twice would double one coin flip). Hence the
 * match count is dominated as in {@link Tails}, whatever the leaker, the foreign rows or the guilty releases did.
 * Canaries: each canary of an innocent release shows up by chance with probability at most the configured
 * {@code canaryChanceMatch}, independently.
 *
 * <p>Immutable; concurrent tests of different releases are safe (each call keeps its own tally, and a choices cache
 * belongs to one release). Callers must not modify the live-row arrays they pass while a test runs.
 */
final class ReleaseScorer {
  private static final MarkField[] FIELDS = MarkField.values();

  private final LeakIndex leak;
  private final TraceConfig config;

  ReleaseScorer(LeakIndex leak, TraceConfig config) {
    this.leak = leak;
    this.config = config;
  }

  /**
   * Tests {@code release} on the live rows. When no row is newer than the release, rows are counted by bitmap
   * cardinality and only the first {@code maxRecordsPerTest} records are visited, which keeps a
   * 1,000-release trace of a 100k-row leak within seconds.
   */
  ReleaseTest test(ReleaseManifest release, ReleaseMarks marks, LiveRows live) throws GeneralSecurityException {
    return test(release, marks, live, new java.util.HashMap<>());
  }

  /**
   * As {@link #test(ReleaseManifest, ReleaseMarks, LiveRows)}, reusing and filling {@code choices}, the release's
   * keyed choices by group index: later rounds of a decomposition revisit mostly the same records, and the PRF is
   * the cost that matters. The map belongs to this one release and must not be shared between threads.
   */
  ReleaseTest test(ReleaseManifest release, ReleaseMarks marks, LiveRows live, java.util.Map<Integer, int[]> choices)
      throws GeneralSecurityException {
    Tally t = new Tally(release, marks, live.alive(), choices);
    for (int g : leak.canaryGroups) {
      if (release.carried(leak.refs[g])) {
        t.group(g, true);
      }
    }
    RoaringBitmap among = release.recordsAmong(live.records());
    if (leak.newestValues <= t.at) {
      // Every live record's rows are eligible: count by cardinality, visit records only up to the cap.
      RoaringBitmap multi = RoaringBitmap.and(among, leak.multiRowRecords);
      t.rows += among.getCardinality() - multi.getCardinality();
      IntIterator m = multi.getIntIterator();
      while (m.hasNext()) {
        int g = leak.groupOfRecord(m.next());
        for (int i = leak.start[g]; i < leak.start[g + 1]; i++) {
          t.rows += live.alive()[i] ? 1 : 0;
        }
      }
      IntIterator ids = among.getIntIterator();
      while (ids.hasNext() && t.records < config.maxRecordsPerTest()) {
        t.marks(leak.groupOfRecord(ids.next()));
      }
    } else {
      IntIterator ids = among.getIntIterator();
      while (ids.hasNext()) {
        t.group(leak.groupOfRecord(ids.next()), false);
      }
    }
    return ReleaseTest.of(t.rows, t.records, t.checked, t.matched, t.sumP0, t.maxP0, release.canaries().size(),
        t.canaries, config.canaryChanceMatch());
  }

  /**
   * Marks in {@code explained} the live rows that accused {@code release} accounts for: its canaries, rows with no
   * readable mark it could check, and rows whose own marks are likelier under the release's observed match rate
   * {@code rate} than under chance {@code p0}. Returns how many rows it marked.
   */
  int explain(ReleaseManifest release, ReleaseMarks marks, boolean[] alive, double rate, double p0,
      boolean[] explained) throws GeneralSecurityException {
    double chance = Math.min(Math.max(p0, 1e-6), 0.98);
    double r = Math.min(Math.max(rate, chance + 0.01), 0.99);
    double win = Math.log(r / chance);
    double loss = Math.log((1 - r) / (1 - chance));
    long at = release.releasedAt().toEpochMilli();
    int count = 0;
    org.roaringbitmap.IntIterator ids = release.recordsAmong(leak.recordBitmap).getIntIterator();
    int canary = 0;
    while (ids.hasNext() || canary < leak.canaryGroups.length) {
      int g = ids.hasNext() ? leak.groupOfRecord(ids.next()) : leak.canaryGroups[canary++];
      if (!release.carried(leak.refs[g])) {
        continue;
      }
      int[] choice = null;
      for (int i = leak.start[g]; i < leak.start[g + 1]; i++) {
        if (!alive[i] || leak.valuesSince[i] > at) {
          continue;
        }
        int checked = 0;
        int matched = 0;
        if (leak.refs[g].kind() == RecordRef.Kind.RECORD) {
          for (MarkField f : FIELDS) {
            int read = leak.reads[i][f.ordinal()];
            if (read < 0 || !marks.policy().marks(f)) {
              continue;
            }
            if (choice == null) {
              choice = marks.choices(leak.refs[g]);
            }
            checked++;
            matched += read == choice[f.ordinal()] ? 1 : 0;
          }
        }
        if (checked == 0 || matched * win + (checked - matched) * loss >= 0) {
          explained[i] = true;
          count++;
        }
      }
    }
    return count;
  }

  private final class Tally {
    final ReleaseManifest release;
    final ReleaseMarks marks;
    final boolean[] alive;
    final long at;
    final int[] masks = new int[FIELDS.length];
    final boolean[] marked = new boolean[FIELDS.length];
    final double[] pMax = new double[FIELDS.length];
    int rows;
    int records;
    int canaries;
    long checked;
    long matched;
    double sumP0;
    double maxP0;

    final java.util.Map<Integer, int[]> cache;

    Tally(ReleaseManifest release, ReleaseMarks marks, boolean[] alive, java.util.Map<Integer, int[]> cache) {
      this.cache = cache;
      this.release = release;
      this.marks = marks;
      this.alive = alive;
      this.at = release.releasedAt().toEpochMilli();
      for (MarkField f : FIELDS) {
        marked[f.ordinal()] = release.policy().marks(f);
        pMax[f.ordinal()] = f.maxChoiceProbability();
      }
    }

    void group(int g, boolean canary) throws GeneralSecurityException {
      int eligible = 0;
      for (int i = leak.start[g]; i < leak.start[g + 1]; i++) {
        if (alive[i] && leak.valuesSince[i] <= at) {
          eligible++;
        }
      }
      if (eligible == 0) {
        return;
      }
      rows += eligible;
      if (canary) {
        canaries++;
      } else if (records >= config.maxRecordsPerTest()) {
        return; // counted for membership; marks beyond the cap are not checked
      }
      marks(g);
    }

    /** Checks the marks of group {@code g}'s live, eligible rows, if any is readable. */
    void marks(int g) throws GeneralSecurityException {
      java.util.Arrays.fill(masks, 0);
      boolean readable = false;
      for (int i = leak.start[g]; i < leak.start[g + 1]; i++) {
        if (!alive[i] || leak.valuesSince[i] > at) {
          continue;
        }
        int[] read = leak.reads[i];
        for (int f = 0; f < masks.length; f++) {
          if (marked[f] && read[f] >= 0) {
            masks[f] |= 1 << read[f];
            readable = true;
          }
        }
      }
      if (!readable) {
        return;
      }
      records++;
      int[] choice = cache.get(g);
      if (choice == null) {
        choice = marks.choices(leak.refs[g]);
        cache.put(g, choice);
      }
      for (int f = 0; f < masks.length; f++) {
        if (masks[f] == 0) {
          continue;
        }
        double p0 = Math.min(1, Integer.bitCount(masks[f]) * pMax[f]);
        checked++;
        sumP0 += p0;
        maxP0 = Math.max(maxP0, p0);
        matched += (masks[f] >>> choice[f]) & 1;
      }
    }
  }
}
