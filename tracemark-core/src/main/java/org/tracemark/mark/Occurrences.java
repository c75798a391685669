package org.tracemark.mark;

/**
 * Finds a literal inside a cell with conditions on its neighbours — the job of a look-around regex, without
 * compiling a pattern per record (readers run once per leaked cell, millions of times in a large trace).
 */
final class Occurrences {
  private Occurrences() {}

  /**
   * Whether {@code token} occurs in {@code cell} with a preceding character not in {@code notBefore} (or at the
   * start) and a following character not in {@code notAfter} (or at the end). Digits are denoted by '0' in the
   * exclusion strings: "0-" excludes any digit and '-'.
   */
  static boolean occurs(String cell, String token, String notBefore, String notAfter) {
    int from = 0;
    while (true) {
      int at = cell.indexOf(token, from);
      if (at < 0) {
        return false;
      }
      int end = at + token.length();
      boolean beforeOk = at == 0 || !excluded(cell.charAt(at - 1), notBefore);
      boolean afterOk = end == cell.length() || !excluded(cell.charAt(end), notAfter);
      if (beforeOk && afterOk) {
        return true;
      }
      from = at + 1;
    }
  }

  private static boolean excluded(char c, String set) {
    return (c >= '0' && c <= '9') ? set.indexOf('0') >= 0 : set.indexOf(c) >= 0;
  }
}
