package org.tracemark.mark;

import java.util.List;
import java.util.random.RandomGenerator;
import org.roaringbitmap.IntIterator;
import org.roaringbitmap.RoaringBitmap;

/**
 * Chooses which records a partial release gets, so that recipients' copies overlap as little as possible.
 *
 * <p>Greedy and exact for its objective: the total overlap of the new release with the earlier ones,
 * Σ_j |new ∩ R_j|, equals the sum over chosen records of how many earlier releases hold each, so taking the
 * {@code size} records held by the fewest earlier releases minimises it; ties are broken uniformly at random. Used
 * release after release this spreads records evenly, which is what lets set membership separate recipients and
 * keeps mixtures decomposable. Memory: one int per eligible record.
 */
public final class Allocation {
  private Allocation() {}

  /**
   * Allocates {@code recipients} releases of {@code size} records each at once, each chosen against all the ones
   * before it: every record ends up in ⌊or⌈recipients·size/|eligible|⌉ copies, the least possible pairwise overlap
   * on average.
   */
  public static List<RoaringBitmap> chooseAll(RoaringBitmap eligible, int recipients, int size,
      RandomGenerator random) {
    List<RoaringBitmap> out = new java.util.ArrayList<>();
    for (int r = 0; r < recipients; r++) {
      out.add(choose(eligible, out, size, random));
    }
    return List.copyOf(out);
  }

  /**
   * @param eligible the records the release may contain (the community, after any filter)
   * @param earlier earlier releases' record sets for the same records
   * @param size how many records to release; all of {@code eligible} when larger
   */
  public static RoaringBitmap choose(RoaringBitmap eligible, List<RoaringBitmap> earlier, int size,
      RandomGenerator random) {
    int n = eligible.getCardinality();
    if (size >= n) {
      return eligible.clone();
    }
    int[] ids = eligible.toArray();
    int[] cover = new int[n];
    for (RoaringBitmap r : earlier) {
      IntIterator it = RoaringBitmap.and(r, eligible).getIntIterator();
      while (it.hasNext()) {
        int id = it.next();
        cover[java.util.Arrays.binarySearch(ids, id)]++;
      }
    }
    // Shuffle, then a stable counting sort by coverage: uniform tie-breaking in O(n).
    for (int i = n - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      int t = ids[i];
      ids[i] = ids[j];
      ids[j] = t;
      t = cover[i];
      cover[i] = cover[j];
      cover[j] = t;
    }
    int max = earlier.size();
    RoaringBitmap chosen = new RoaringBitmap();
    int taken = 0;
    for (int level = 0; level <= max && taken < size; level++) {
      for (int i = 0; i < n && taken < size; i++) {
        if (cover[i] == level) {
          chosen.add(ids[i]);
          taken++;
        }
      }
    }
    return chosen;
  }
}
