package org.tracemark.trace;

/**
 * The evidence against one release from one test, before the union bound.
 *
 * @param rowsSupplied leaked rows (in the rows tested) the release could have supplied: it carried the record and
 *     the row's values existed when it was made
 * @param recordsChecked distinct records whose marks were checked (at most the configured cap, plus canaries)
 * @param marksChecked readable marks in the release's marked fields, one per (record, field)
 * @param marksMatched of those, marks showing the release's keyed variant
 * @param meanP0 average innocent match probability of the checked marks
 * @param maxP0 largest innocent match probability of a checked mark
 * @param canariesCarried canaries the release carried
 * @param canariesFound of those, how many appear in the rows tested
 * @param log10PMarks log10 of the marks channel's bound on P(at least this many matches | innocent)
 * @param log10PCanaries log10 of P(at least this many canaries | innocent) under the chance-match model
 * @param log10P log10 of the combined single-test bound: 2·min over the two channels when the release carried
 *     canaries (Bonferroni over channels, decided by the manifest, not by the evidence), the marks bound otherwise
 * @param log10Lr log10 of the generalised likelihood ratio, guilty (match rates as observed) over innocent (chance)
 */
public record ReleaseTest(int rowsSupplied, int recordsChecked, long marksChecked, long marksMatched, double meanP0,
    double maxP0, int canariesCarried, int canariesFound, double log10PMarks, double log10PCanaries, double log10P,
    double log10Lr) {

  /** Builds the test's bounds from the raw counts. */
  static ReleaseTest of(int rowsSupplied, int recordsChecked, long checked, long matched, double sumP0, double maxP0,
      int carried, int found, double canaryChance) {
    double meanP0 = checked == 0 ? 0 : sumP0 / checked;
    double pm = checked == 0 ? 0
        : Math.min(Tails.log10BinomialTail(checked, maxP0, matched), Tails.log10Chernoff(checked, meanP0, matched));
    double pc = carried == 0 ? 0 : Tails.log10BinomialTail(carried, canaryChance, found);
    double p = carried == 0 ? pm : Math.min(0, Math.log10(2) + Math.min(pm, pc));
    double lr = Tails.log10GeneralisedLr(checked, meanP0, matched)
        + (carried == 0 ? 0 : Tails.log10GeneralisedLr(carried, canaryChance, found));
    return new ReleaseTest(rowsSupplied, recordsChecked, checked, matched, meanP0, maxP0, carried, found, pm, pc, p,
        lr);
  }

  /** Observed match rate of the checked marks, 0 when none. */
  public double matchRate() {
    return marksChecked == 0 ? 0 : (double) marksMatched / marksChecked;
  }
}
