package org.tracemark.mark;

import java.util.OptionalInt;

/**
 * 15 / 15层 / 15楼: the floor as a bare number or with either counter word.
 *
 * <p>"15楼" is not confused with a building ("3号楼"): the digits must directly precede 楼. Survives CSV↔XLSX (the
 * bare number stays a number) and GBK.
 */
final class FloorForms implements VariantSet {
  @Override
  public int size() {
    return 3;
  }

  @Override
  public String render(OwnerValues truth, int variant) {
    return switch (variant) {
      case 0 -> Integer.toString(truth.floor());
      case 1 -> truth.floor() + "层";
      case 2 -> truth.floor() + "楼";
      default -> throw new IllegalArgumentException("no floor variant " + variant);
    };
  }

  @Override
  public OptionalInt read(OwnerValues truth, String observed) {
    if (observed == null) {
      return OptionalInt.empty();
    }
    String cell = observed.strip();
    String f = Integer.toString(truth.floor());
    if (cell.equals(f)) {
      return OptionalInt.of(0);
    }
    boolean ceng = Occurrences.occurs(cell, f + "层", "0", "");
    boolean lou = Occurrences.occurs(cell, f + "楼", "0", "");
    if (ceng == lou) {
      return OptionalInt.empty();
    }
    return OptionalInt.of(ceng ? 1 : 2);
  }
}
