package org.tracemark.mark;

import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * 2单元 / 二单元 / 2: the unit written with Arabic digits, with Chinese numerals, or as a bare number.
 *
 * <p>The bare form is read only when it is the whole cell (a bare "2" inside an address means nothing). Survives
 * CSV↔XLSX (Excel keeps "2" as the number 2, which prints back as "2") and GBK.
 */
final class UnitForms implements VariantSet {
  private static final Pattern ARABIC = Pattern.compile("(?<![0-9])([0-9]+)单元");
  private static final Pattern CHINESE = Pattern.compile("([一二三四五六七八九十]+)单元");

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
    boolean arabic = contains(ARABIC.matcher(cell), Integer.toString(truth.unit()));
    boolean chinese = contains(CHINESE.matcher(cell), ChineseNumerals.of(truth.unit()));
    if (arabic == chinese) {
      return OptionalInt.empty();
    }
    return OptionalInt.of(arabic ? 0 : 1);
  }

  private static boolean contains(Matcher m, String expected) {
    while (m.find()) {
      if (m.group(1).equals(expected)) {
        return true;
      }
    }
    return false;
  }
}
