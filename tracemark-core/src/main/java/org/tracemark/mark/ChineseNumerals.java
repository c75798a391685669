package org.tracemark.mark;

/** 1 → 一, 10 → 十, 12 → 十二, 23 → 二十三, for the small numbers of units and floors. */
final class ChineseNumerals {
  private static final String DIGITS = "零一二三四五六七八九";

  private ChineseNumerals() {}

  /** @throws IllegalArgumentException outside 1..99 */
  static String of(int n) {
    if (n < 1 || n > 99) {
      throw new IllegalArgumentException("Chinese numerals only for 1..99, got " + n);
    }
    int tens = n / 10;
    int ones = n % 10;
    StringBuilder s = new StringBuilder();
    if (tens > 1) {
      s.append(DIGITS.charAt(tens));
    }
    if (tens >= 1) {
      s.append('十');
    }
    if (ones > 0) {
      s.append(DIGITS.charAt(ones));
    }
    return s.toString();
  }
}
