package org.tracemark.mark;

import java.util.OptionalInt;

/**
 * 2单元 / 二单元 / 2: the unit written with Arabic digits, with Chinese numerals, or as a bare number.
 *
 * <p>The bare form is read only when it is the whole cell (a bare "2" inside an address means nothing). Survives
 * CSV↔XLSX (Excel keeps "2" as the number 2, which prints back as "2") and GBK.
 */
final class UnitForms implements VariantSet {
  @Override
  public int size() {
    return 3;
  }

  @Override
  public String render(OwnerValues truth, int variant) {
    return switch (variant) {
      case 0 -> truth.unit() + "单元";
      case 1 -> ChineseNumerals.of(truth.unit()) + "单元";
      case 2 -> Integer.toString(truth.unit());
      default -> throw new IllegalArgumentException("no unit variant " + variant);
    };
  }

  @Override
  public OptionalInt read(OwnerValues truth, String observed) {
    if (observed == null) {
      return OptionalInt.empty();
    }
    String cell = observed.strip();
    if (cell.equals(Integer.toString(truth.unit()))) {
      return OptionalInt.of(2);
    }
    boolean arabic = Occurrences.occurs(cell, truth.unit() + "单元", "0", "");
    boolean chinese = Occurrences.occurs(cell, ChineseNumerals.of(truth.unit()) + "单元", "零一二三四五六七八九十", "");
    if (arabic == chinese) {
      return OptionalInt.empty();
    }
    return OptionalInt.of(arabic ? 0 : 1);
  }
}
