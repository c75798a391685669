package org.tracemark.trace;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A leak as the tracer sees it.
 *
 * @param rows all rows of the leaked file(s), linked or not
 * @param linked the rows tied to vault records or canaries, at most one link per leak row
 * @param observedAt when the leak was found: releases made after it cannot be its source
 */
public record TraceInput(int rows, List<LinkedRow> linked, Instant observedAt) {
  public TraceInput {
    linked = List.copyOf(linked);
    Objects.requireNonNull(observedAt, "observedAt");
    Set<Integer> seen = new HashSet<>();
    for (LinkedRow r : linked) {
      if (!seen.add(r.leakRow())) {
        throw new IllegalArgumentException("leak row " + r.leakRow() + " is linked twice");
      }
    }
    if (rows < linked.size()) {
      throw new IllegalArgumentException("fewer rows than linked rows");
    }
  }

  public int unlinked() {
    return rows - linked.size();
  }
}
