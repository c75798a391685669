package org.tracemark.pii.recognizer;

import java.util.List;
import org.tracemark.pii.internal.Chars;
import org.tracemark.pii.internal.NumberGroups;

/**
 * One line or cell under analysis, with what the recognizers share computed once: character-class flags for the
 * prefilters and the numeric candidates. Not thread-safe; one instance per analysed line.
 */
public final class TextView {
  private final CharSequence text;
  private final boolean deep;
  private final boolean hasDigit;
  private final boolean hasHan;
  private final boolean hasAt;
  private final boolean hasLatin;
  private NumberGroups groups;

  /**
   * @param deep true for free text, where costly analysis (HanLP name recognition) is worth it; false for table
   *     cells of unprofiled columns, which get the rule-based analysis only
   */
  public TextView(CharSequence text, boolean deep) {
    this.text = text;
    this.deep = deep;
    boolean digit = false;
    boolean han = false;
    boolean at = false;
    boolean latin = false;
    for (int i = 0, n = text.length(); i < n; i++) {
      char c = text.charAt(i);
      if (c < 128) {
        if (c >= '0' && c <= '9') {
          digit = true;
        } else if (c == '@') {
          at = true;
        } else if (Chars.isAsciiLetter(c)) {
          latin = true;
        }
      } else if (Chars.isHan(c)) {
        han = true;
      } else if (Chars.isDigit(c)) {
        digit = true;
      } else if (c == '\uFF20') {
        at = true;
      }
    }
    this.hasDigit = digit;
    this.hasHan = han;
    this.hasAt = at;
    this.hasLatin = latin;
  }

  public CharSequence text() {
    return text;
  }

  public int length() {
    return text.length();
  }

  public boolean deep() {
    return deep;
  }

  public boolean hasDigit() {
    return hasDigit;
  }

  public boolean hasHan() {
    return hasHan;
  }

  public boolean hasAt() {
    return hasAt;
  }

  public boolean hasLatin() {
    return hasLatin;
  }

  /** True when nothing in the text could start any finding: no digit, '@', Chinese character or Latin letter. */
  public boolean inert() {
    return !hasDigit && !hasHan && !hasAt && !hasLatin;
  }

  /** Numeric candidates of 5 to 20 digits, computed on first use. */
  public List<NumberGroups.Candidate> numbers() {
    if (groups == null) {
      groups = NumberGroups.of(text);
    }
    return groups.candidates();
  }

  /** The text between {@code start} and {@code end} as a string. */
  public String slice(int start, int end) {
    return text.subSequence(start, end).toString();
  }
}
