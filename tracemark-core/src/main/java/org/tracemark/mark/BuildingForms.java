package org.tracemark.mark;

import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * 3栋 / 3幢 / 3号楼: three ways every Chinese property office writes a building number.
 *
 * <p>Reads the form anywhere in the cell, so a seller's merged address column ("3号楼2单元1502") still shows it.
 * Survives re-sorting, CSV↔XLSX (text) and GBK; destroyed by a seller who rewrites all buildings to one form.
 */
final class BuildingForms implements VariantSet {
  private static final String[] SUFFIXES = {"栋", "幢", "号楼"};
  private static final Pattern FORM = Pattern.compile("(?<![0-9])([0-9]+)(栋|幢|号楼)");

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
    Matcher m = FORM.matcher(observed);
    int found = -1;
    while (m.find()) {
      if (!m.group(1).equals(Integer.toString(truth.building()))) {
        continue;
      }
      int v = suffixIndex(m.group(2));
      if (found >= 0 && found != v) {
        return OptionalInt.empty();
      }
      found = v;
    }
    return found < 0 ? OptionalInt.empty() : OptionalInt.of(found);
  }

  private static int suffixIndex(String suffix) {
    for (int i = 0; i < SUFFIXES.length; i++) {
      if (SUFFIXES[i].equals(suffix)) {
        return i;
      }
    }
    throw new IllegalStateException("pattern and suffixes disagree");
  }
}
