package org.tracemark.pii.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * The digit groups of one line, found in a single hand-written pass, and the numeric candidates built from them.
 *
 * <p>A group is a maximal run of ASCII or full-width digits, optionally ended by an {@code X} (the ID check
 * character). Groups that a single separator (space, hyphen, ideographic space, full-width hyphen) joins are
 * <em>linked</em>, so {@code 138-1234-5678} and {@code 6222 0212 3456 7890} become candidates as a whole. A group
 * is never split: the digits of a 20-digit order number never yield an 11-digit candidate, which is what {@code \b}
 * cannot guarantee once digits touch Chinese characters. Not thread-safe; one instance per line.
 */
public final class NumberGroups {
  /** Longest chain of linked groups tried as one candidate (+86 138 1234 5678 has four). */
  private static final int MAX_CHAIN = 6;
  /** Candidates shorter or longer than any numeric PII are never built. */
  private static final int MIN_DIGITS = 5;
  private static final int MAX_DIGITS = 20;

  private final CharSequence text;
  private final List<Candidate> candidates = new ArrayList<>();

  /**
   * A run of digits (possibly over several linked groups) that a numeric recognizer may accept.
   *
   * @param digits the ASCII digits without separators (a trailing X kept as upper-case X)
   * @param start span start in the line, including a leading '+' when present
   * @param end span end (exclusive)
   * @param groups how many groups were joined
   * @param plus a '+' stood right before the first digit
   * @param latinBefore an ASCII letter or '_' touches the first digit (a code such as SF123…, not a bare number)
   * @param latinAfter an ASCII letter or '_' touches the last character
   * @param whole the candidate spans its whole chain of linked groups (6222 0212 3456 7890 123, not a part of it)
   * @param chainDigits the digits in the whole chain the candidate belongs to
   */
  public record Candidate(String digits, int start, int end, int groups, boolean plus, boolean latinBefore,
      boolean latinAfter, boolean whole, int chainDigits) {}

  private NumberGroups(CharSequence text) {
    this.text = text;
    build();
  }

  public static NumberGroups of(CharSequence text) {
    return new NumberGroups(text);
  }

  public List<Candidate> candidates() {
    return candidates;
  }

  private void build() {
    int n = text.length();
    int[] starts = new int[8];
    int[] ends = new int[8];
    int count = 0;
    int i = 0;
    while (i < n) {
      if (!Chars.isDigit(text.charAt(i))) {
        i++;
        continue;
      }
      int s = i;
      while (i < n && Chars.isDigit(text.charAt(i))) {
        i++;
      }
      if (i < n && (text.charAt(i) == 'X' || text.charAt(i) == 'x') && i - s == 17
          && (i + 1 >= n || !isWordChar(text.charAt(i + 1)))) {
        i++;
      }
      if (count == starts.length) {
        starts = java.util.Arrays.copyOf(starts, count * 2);
        ends = java.util.Arrays.copyOf(ends, count * 2);
      }
      starts[count] = s;
      ends[count] = i;
      count++;
    }
    int[] chainEnd = new int[count];
    int[] chainDigits = new int[count];
    int[] chainStart = new int[count];
    for (int g = count - 1; g >= 0; g--) {
      boolean linkedNext = g + 1 < count && linked(ends[g], starts[g + 1]);
      chainEnd[g] = linkedNext ? chainEnd[g + 1] : g;
      chainDigits[g] = (ends[g] - starts[g]) + (linkedNext ? chainDigits[g + 1] : 0);
    }
    for (int g = 0; g < count; g++) {
      boolean linkedPrevious = g > 0 && linked(ends[g - 1], starts[g]);
      chainStart[g] = linkedPrevious ? chainStart[g - 1] : g;
      if (linkedPrevious) {
        chainDigits[g] = chainDigits[g - 1];
      }
    }
    for (int g = 0; g < count; g++) {
      StringBuilder digits = new StringBuilder(24);
      for (int h = g; h < count && h < g + MAX_CHAIN; h++) {
        if (h > g && !linked(ends[h - 1], starts[h])) {
          break;
        }
        appendDigits(digits, starts[h], ends[h]);
        if (digits.length() > MAX_DIGITS) {
          break;
        }
        if (digits.length() >= MIN_DIGITS) {
          add(digits.toString(), starts[g], ends[h], h - g + 1, chainStart[g] == g && chainEnd[g] == h,
              chainDigits[g]);
        }
      }
    }
  }

  private void add(String digits, int start, int end, int groups, boolean whole, int chain) {
    boolean plus = start > 0 && (text.charAt(start - 1) == '+' || text.charAt(start - 1) == '\uFF0B');
    boolean latinBefore = start > 0 && isLatin(text.charAt(start - 1));
    boolean latinAfter = end < text.length() && isLatin(text.charAt(end));
    candidates.add(new Candidate(digits, plus ? start - 1 : start, end, groups, plus, latinBefore, latinAfter,
        whole, chain));
  }

  private boolean linked(int previousEnd, int nextStart) {
    if (nextStart - previousEnd != 1) {
      return false;
    }
    char c = text.charAt(previousEnd);
    return c == ' ' || c == '-' || c == '\u3000' || c == '\uFF0D' || c == '\u00A0';
  }

  private void appendDigits(StringBuilder out, int from, int to) {
    for (int k = from; k < to; k++) {
      char c = text.charAt(k);
      out.append(c == 'x' || c == 'X' ? 'X' : Chars.ascii(c));
    }
  }

  private static boolean isLatin(char c) {
    return Chars.isAsciiLetter(c) || c == '_';
  }

  private static boolean isWordChar(char c) {
    return Chars.isAsciiLetter(c) || Chars.isDigit(c) || c == '_';
  }
}
