package org.tracemark.mark;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * 89.46 / 89.5 / 89.46㎡: the floor area to two decimals, rounded half-up to one decimal, or with its unit.
 *
 * <p>Every form keeps the area right to 0.1 m² (rounding moves it by at most 0.05). The two precision forms are
 * told apart by numeric value, not by text, so Excel re-typing ("89.50" → "89.5", or a two-decimal display format)
 * does not confuse them; where both round to the same number (an area ending in 0, about one in ten) the
 * precision forms are unreadable and only the unit form is read. Any written unit (㎡, m², m2, 平方米, 平米, 平) reads
 * as the unit form, so a seller converting ㎡ to 平方米 keeps the mark. Destroyed by a seller stripping units and
 * reformatting all areas to one precision.
 */
final class FloorAreaForms implements VariantSet {
  private static final Pattern NUMBER = Pattern.compile(
      "(?<![0-9.])([0-9]+(?:\\.[0-9]+)?)\\s*(㎡|m²|m2|M2|平方米|平米|平)?");

  @Override
  public int size() {
    return 3;
  }

  @Override
  public String render(OwnerValues truth, int variant) {
    BigDecimal two = truth.floorArea();
    return switch (variant) {
      case 0 -> two.toPlainString();
      case 1 -> two.setScale(1, RoundingMode.HALF_UP).toPlainString();
      case 2 -> two.toPlainString() + "㎡";
      default -> throw new IllegalArgumentException("no area variant " + variant);
    };
  }

  @Override
  public OptionalInt read(OwnerValues truth, String observed) {
    if (observed == null) {
      return OptionalInt.empty();
    }
    Matcher m = NUMBER.matcher(observed.strip());
    if (!m.find()) {
      return OptionalInt.empty();
    }
    BigDecimal value = new BigDecimal(m.group(1));
    boolean unit = m.group(2) != null;
    if (m.find()) {
      return OptionalInt.empty(); // two numbers in one cell: not ours to guess
    }
    BigDecimal two = truth.floorArea();
    BigDecimal one = two.setScale(1, RoundingMode.HALF_UP);
    if (unit) {
      return value.compareTo(two) == 0 ? OptionalInt.of(2) : OptionalInt.empty();
    }
    if (two.compareTo(one) == 0) {
      return OptionalInt.empty();
    }
    if (value.compareTo(two) == 0) {
      return OptionalInt.of(0);
    }
    return value.compareTo(one) == 0 ? OptionalInt.of(1) : OptionalInt.empty();
  }
}
