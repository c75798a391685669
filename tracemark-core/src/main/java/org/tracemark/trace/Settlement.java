package org.tracemark.trace;

/**
 * "Not enough evidence — what would settle it?": the number of further leaked rows, at the match rate and marks
 * per row observed so far, that would bring a release's bound down to alpha.
 *
 * <p>An extrapolation, not a promise: it assumes more rows would look like the ones seen. The cap on records checked
 * per test must be raised with it when the rows seen already exceed the cap.
 */
final class Settlement {
  private static final long LIMIT = 1L << 40;

  private Settlement() {}

  /** -1 when marks are at chance or absent (more rows of this kind cannot settle it). */
  static long moreRows(ReleaseTest t, double log10Target) {
    if (t.marksChecked() == 0 || t.recordsChecked() == 0 || t.matchRate() <= t.meanP0()) {
      return -1;
    }
    double perRow = (double) t.marksChecked() / t.recordsChecked();
    double rate = t.matchRate();
    long hi = 1;
    while (log10With(t, hi, perRow, rate) > log10Target) {
      hi *= 2;
      if (hi > LIMIT) {
        return -1;
      }
    }
    long lo = 0;
    while (hi - lo > 1) {
      long mid = (lo + hi) >>> 1;
      if (log10With(t, mid, perRow, rate) > log10Target) {
        lo = mid;
      } else {
        hi = mid;
      }
    }
    return hi;
  }

  private static double log10With(ReleaseTest t, long extraRows, double perRow, double rate) {
    long n = t.marksChecked() + Math.round(extraRows * perRow);
    long x = t.marksMatched() + (long) Math.floor(extraRows * perRow * rate);
    double pm = Math.min(Tails.log10BinomialTail(n, t.maxP0(), x), Tails.log10Chernoff(n, t.meanP0(), x));
    return t.canariesCarried() == 0 ? pm : Math.log10(2) + Math.min(pm, t.log10PCanaries());
  }
}
