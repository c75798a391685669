package org.tracemark.mark;

import java.util.OptionalInt;

/**
 * The interchangeable ways of writing one field's value: each variant is a form a recipient accepts as correct
 * (the phone still dials, the room is still the room, the area is right to 0.1 m²), and the choice between them is
 * the mark.
 *
 * <p>Contract: {@link #render} gives variant {@code v} for {@code 0 ≤ v < size()}; variant 0 is the canonical form an
 * unmarked release uses. {@link #read} recovers the variant from an observed cell, tolerating what sellers' tools do
 * without intent (surrounding text, a merged address cell, Excel re-typing numbers) and answering empty — "not
 * readable" — whenever the cell is absent, normalised to a form outside the set, inconsistent with the record's true
 * value, or consistent with more than one variant. Reading never depends on the key or the release, which is what
 * keeps the innocent match probability at one over {@code size()}.
 */
public interface VariantSet {
  /** The number of variants, k ≥ 2. Fixed: manifests rely on it to recompute marks. */
  int size();

  /** Variant {@code v} of this field of {@code truth}. */
  String render(OwnerValues truth, int variant);

  /** Which variant {@code observed} shows, or empty when it cannot be told. */
  OptionalInt read(OwnerValues truth, String observed);
}
