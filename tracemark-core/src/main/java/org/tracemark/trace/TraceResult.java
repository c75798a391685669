package org.tracemark.trace;

import java.util.List;

/**
 * The outcome of a trace.
 *
 * @param rows rows in the leak
 * @param linked rows linked to a vault record or canary
 * @param unlinked rows linked to nothing (from outside the vault, or not linkable)
 * @param canariesFound distinct canaries among the linked rows
 * @param verdicts accused releases, in the order the decomposition accused them
 * @param candidates releases that could have supplied rows but are not accused, weakest bound first
 * @param unexplainedRows unlinked rows plus linked rows no accused release accounts for
 * @param hypotheses the union-bound multiplier: candidates × rounds
 */
public record TraceResult(int rows, int linked, int unlinked, int canariesFound, List<Verdict> verdicts,
    List<Verdict> candidates, int unexplainedRows, long hypotheses) {
  public TraceResult {
    verdicts = List.copyOf(verdicts);
    candidates = List.copyOf(candidates);
  }
}
