package org.tracemark.pii.internal;

/**
 * Character classes the recognizers need, written as plain comparisons because they run on every character of
 * every scanned line (a regex or {@code Character.UnicodeScript} lookup would dominate the cost).
 */
public final class Chars {
  private Chars() {}

  /** ASCII or full-width (U+FF10..FF19) decimal digit. */
  public static boolean isDigit(char c) {
    return (c >= '0' && c <= '9') || (c >= '\uFF10' && c <= '\uFF19');
  }

  /** The ASCII value of a digit accepted by {@link #isDigit}. */
  public static char ascii(char c) {
    return c >= '\uFF10' ? (char) (c - '\uFF10' + '0') : c;
  }

  public static boolean isAsciiLetter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }

  /** A CJK unified ideograph of the basic block, where every Chinese name and address character lives. */
  public static boolean isHan(char c) {
    return c >= '\u4E00' && c <= '\u9FFF';
  }

  /** True when {@code text} contains {@code word} (case-sensitive) at {@code at}. */
  public static boolean startsWith(CharSequence text, int at, String word) {
    if (at < 0 || at + word.length() > text.length()) {
      return false;
    }
    for (int i = 0; i < word.length(); i++) {
      if (text.charAt(at + i) != word.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  /** First index of {@code word} in {@code text[from, to)}, or -1; ASCII letters compared case-insensitively. */
  public static int indexOfIgnoreAsciiCase(CharSequence text, String word, int from, int to) {
    int last = Math.min(to, text.length()) - word.length();
    for (int i = Math.max(0, from); i <= last; i++) {
      int k = 0;
      while (k < word.length() && lowerAscii(text.charAt(i + k)) == lowerAscii(word.charAt(k))) {
        k++;
      }
      if (k == word.length()) {
        return i;
      }
    }
    return -1;
  }

  private static char lowerAscii(char c) {
    return c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
  }

  /** Trimmed bounds of a cell: {start, end}; whitespace includes the ideographic space and NBSP. */
  public static int trimStart(CharSequence s) {
    int i = 0;
    while (i < s.length() && isSpace(s.charAt(i))) {
      i++;
    }
    return i;
  }

  public static int trimEnd(CharSequence s) {
    int j = s.length();
    while (j > 0 && isSpace(s.charAt(j - 1))) {
      j--;
    }
    return j;
  }

  public static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\u3000' || c == '\u00A0' || c == '\r' || c == '\n';
  }
}
