package org.tracemark.assess;

/**
 * Where record outcomes go as documents are assessed: an {@link AssessmentTally} counts them at once; a distributed
 * job (tracemark-spark) collects them and deduplicates across partitions with the same 128-bit keys.
 */
@FunctionalInterface
public interface OutcomeSink {
  /** One record's outcome from the document shown as {@code path}, in reading order. */
  void add(String path, Outcome outcome);
}
