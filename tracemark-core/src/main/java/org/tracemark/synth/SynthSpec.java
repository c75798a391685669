package org.tracemark.synth;

import java.io.Serializable;
import java.util.Objects;

/**
 * What to generate: a community's name, how many buildings, an optional exact row count, and the seed.
 *
 * @param community the community (小区) name written on every row
 * @param buildings the number of buildings; ignored when {@code rows} is set, which adds buildings until enough
 * @param rows an exact number of rows, or 0 for "whatever the buildings hold"
 * @param seed the seed; the same spec always gives the same rows
 */
public record SynthSpec(String community, int buildings, long rows, long seed) implements Serializable {
  public SynthSpec {
    Objects.requireNonNull(community, "community");
    if (community.isBlank()) {
      throw new IllegalArgumentException("community name is empty");
    }
    if (buildings < 1 || buildings > 10_000) {
      throw new IllegalArgumentException("buildings must be between 1 and 10000, got " + buildings);
    }
    if (rows < 0) {
      throw new IllegalArgumentException("rows must not be negative, got " + rows);
    }
  }
}
