package org.tracemark.store.audit;

import java.util.Optional;

/**
 * The outcome of checking the audit chain.
 *
 * @param events events read
 * @param checkpoints signed checkpoints whose signature and chain position checked out
 * @param firstBadSeq the first event that fails (changed, missing, inserted or out of order), if any
 * @param problem what is wrong with it, in one line without personal data
 * @param unsignedTail events after the last checkpoint: protected by the keyed chain only
 */
public record Verification(long events, long checkpoints, Optional<Long> firstBadSeq, Optional<String> problem,
    long unsignedTail) {
  public boolean ok() {
    return problem.isEmpty();
  }
}
