package org.tracemark.mark;

import java.io.Serializable;
import java.util.EnumSet;
import java.util.Set;

/**
 * Which marks a release carries: the fields with keyed variants, and how many canaries per thousand rows.
 *
 * <p>Serializable and immutable: a manifest stores it so marks can be recomputed years later. {@code version}
 * names the variant-set definitions (only version 1 exists); changing any {@link VariantSet} requires a new version.
 *
 * @param version variant-set definitions version, 1
 * @param marked fields with keyed variants; the others are written in their canonical form
 * @param canariesPerThousand canary rows added per 1,000 released rows (at least one when &gt; 0 and rows exist)
 */
public record MarkPolicy(int version, Set<MarkField> marked, int canariesPerThousand) implements Serializable {
  public static final int CURRENT_VERSION = 1;

  public MarkPolicy {
    if (version != CURRENT_VERSION) {
      throw new IllegalArgumentException("unknown mark policy version " + version);
    }
    marked = marked.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(marked));
    if (canariesPerThousand < 0 || canariesPerThousand > 100) {
      throw new IllegalArgumentException("canaries per thousand must be 0..100, got " + canariesPerThousand);
    }
  }

  /** Every field marked, three canaries per thousand rows. */
  public static MarkPolicy all() {
    return new MarkPolicy(CURRENT_VERSION, EnumSet.allOf(MarkField.class), 3);
  }

  /** No field marked, no canaries: a plain export (still recorded in a manifest). */
  public static MarkPolicy none() {
    return new MarkPolicy(CURRENT_VERSION, Set.of(), 0);
  }

  public boolean marks(MarkField field) {
    return marked.contains(field);
  }

  /** Canaries for a release of {@code rows} rows. */
  public int canariesFor(long rows) {
    if (canariesPerThousand == 0 || rows == 0) {
      return 0;
    }
    return (int) Math.max(1, rows * canariesPerThousand / 1000);
  }
}
