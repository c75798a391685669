package org.tracemark.mark;

import java.util.OptionalInt;

/**
 * 13812345678 / 138-1234-5678 / 138 1234 5678: the mobile unbroken, or grouped 3-4-4 by hyphens or spaces.
 *
 * <p>All dial the same number. This is the only keyed mark left when a seller cuts a list down to name and mobile,
 * and it dies when the seller strips separators (a normalisation that reads as variant 0 — a diluted, never a false,
 * signal). A "+86 " prefix before the grouped digits is tolerated. A record without a mobile (a canary with no trap
 * contact) renders the empty cell in every variant and is never read.
 */
final class PhoneForms implements VariantSet {
  @Override
  public int size() {
    return 3;
  }

  @Override
  public String render(OwnerValues truth, int variant) {
    String m = truth.mobile();
    if (m.length() != 11) {
      return m;
    }
    return switch (variant) {
      case 0 -> m;
      case 1 -> m.substring(0, 3) + "-" + m.substring(3, 7) + "-" + m.substring(7);
      case 2 -> m.substring(0, 3) + " " + m.substring(3, 7) + " " + m.substring(7);
      default -> throw new IllegalArgumentException("no phone variant " + variant);
    };
  }

  @Override
  public OptionalInt read(OwnerValues truth, String observed) {
    if (observed == null || truth.mobile().length() != 11) {
      return OptionalInt.empty();
    }
    int found = -1;
    for (int v = 0; v < 3; v++) {
      if (Occurrences.occurs(observed, render(truth, v), "0", "0")) {
        if (found >= 0) {
          return OptionalInt.empty();
        }
        found = v;
      }
    }
    return found < 0 ? OptionalInt.empty() : OptionalInt.of(found);
  }
}
