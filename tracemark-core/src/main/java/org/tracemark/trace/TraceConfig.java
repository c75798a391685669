package org.tracemark.trace;

import java.io.Serializable;

/**
 * The tracer's knobs; serializable so a distributed trace can ship it.
 *
 * @param alpha accuse only when the union-bounded false-accusation bound is at most this (default 1e-6)
 * @param maxRounds mixture rounds, i.e. the most releases one trace can accuse; enters the union bound
 *     (each candidate is tested at most this many times), so it is fixed before looking at the evidence
 * @param maxRecordsPerTest marks are checked on at most this many leaked records per release per test, the ones
 *     with the lowest ids (a choice independent of every key, so the bounds hold); it caps the PRF work at
 *     candidates × this (default 256: 256 records carry up to 256·9 marks, far more evidence than any accusation
 *     needs; a small contributor hidden under a large one is found by the residual tests after the large one is
 *     removed)
 * @param canaryChanceMatch the probability, per canary, that a row not coming from the canary's release links to
 *     it anyway. Default 3e-4: the linker demands the canary's full name at its flat; we assume nothing about the
 *     flat (a foreign list may well list a real occupant there) and bound the chance that this occupant bears the
 *     canary's exact name by the share of China's most common full name (张伟, about 2.1e-4), rounded up
 */
public record TraceConfig(double alpha, int maxRounds, int maxRecordsPerTest, double canaryChanceMatch)
    implements Serializable {
  public TraceConfig {
    if (!(alpha > 0 && alpha < 1)) {
      throw new IllegalArgumentException("alpha must be in (0, 1)");
    }
    if (maxRounds < 1 || maxRounds > 64) {
      throw new IllegalArgumentException("maxRounds must be 1..64");
    }
    if (maxRecordsPerTest < 1) {
      throw new IllegalArgumentException("maxRecordsPerTest must be ≥ 1");
    }
    if (!(canaryChanceMatch > 0 && canaryChanceMatch < 1)) {
      throw new IllegalArgumentException("canaryChanceMatch must be in (0, 1)");
    }
  }

  public static TraceConfig defaults() {
    return new TraceConfig(1e-6, 8, 256, 3e-4);
  }

  public TraceConfig withAlpha(double a) {
    return new TraceConfig(a, maxRounds, maxRecordsPerTest, canaryChanceMatch);
  }
}
