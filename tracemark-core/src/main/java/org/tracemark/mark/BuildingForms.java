package org.tracemark.mark;

import java.util.OptionalInt;

/**
 * 3栋 / 3幢 / 3号楼: three ways every Chinese property office writes a building number.
 *
 * <p>Reads the form anywhere in the cell, so a seller's merged address column ("3号楼2单元1502") still shows it.
 * Survives re-sorting, CSV↔XLSX (text) and GBK; destroyed by a seller who rewrites all buildings to one form.
 */
final class BuildingForms implements VariantSet {
  private static final String[] SUFFIXES = {"栋", "幢", "号楼"};

  @Override
  public int size() {
    return SUFFIXES.length;
  }

  @Override
  public String render(OwnerValues truth, int variant) {
    return truth.building() + SUFFIXES[variant];
  }

  @Override
  public OptionalInt read(OwnerValues truth, String observed) {
    if (observed == null) {
      return OptionalInt.empty();
    }
    String b = Integer.toString(truth.building());
    int found = -1;
    for (int v = 0; v < SUFFIXES.length; v++) {
      if (Occurrences.occurs(observed, b + SUFFIXES[v], "0", "")) {
        if (found >= 0) {
          return OptionalInt.empty();
        }
        found = v;
      }
    }
    return found < 0 ? OptionalInt.empty() : OptionalInt.of(found);
  }
}
