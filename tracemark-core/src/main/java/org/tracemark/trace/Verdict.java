package org.tracemark.trace;

/**
 * What the trace says about one release: accused, or considered and not accused, with the evidence per channel.
 *
 * <p>The fields map one to one onto the {@code verdicts}/{@code candidates} entries of the trace JSON contract.
 *
 * @param rowsSupplied linked rows the release could have supplied (set membership and time)
 * @param rowsAttributed rows assigned to this release by the mixture decomposition; 0 unless accused
 * @param log10FalseAccusationBound log10 of the union-bounded P(evidence at least this strong | this release is
 *     innocent): the single-test bound times the number of hypotheses tested (candidates × rounds); ≤ 0
 * @param settlement why the verdict is what it is
 * @param moreRowsNeeded for {@link Settlement#MORE_ROWS}: leaked rows like these (same marks per row, same match
 *     rate) that would bring the bound to alpha; -1 otherwise
 */
public record Verdict(String releaseId, String recipientId, boolean accused, int rowsSupplied, int rowsAttributed,
    int canariesCarried, int canariesFound, long marksChecked, long marksMatched, double log10Lr,
    double log10FalseAccusationBound, Settlement settlement, long moreRowsNeeded) {

  /** Why a release is or is not accused. */
  public enum Settlement {
    /** The bound is at most alpha. */
    ACCUSED,
    /** Marks match more often than chance, but too few were seen: {@code moreRowsNeeded} says how many more. */
    MORE_ROWS,
    /** Readable marks match at chance rate: more rows like these point away from this release. */
    MARKS_AT_CHANCE,
    /** None of its marks survived in the rows it could have supplied; only marked columns or canaries can settle it. */
    NO_READABLE_MARKS
  }

  /** The bound as a probability (underflows to 0 below 1e-308; the log10 field keeps the exponent). */
  public double falseAccusationBound() {
    return Math.pow(10, log10FalseAccusationBound);
  }
}
