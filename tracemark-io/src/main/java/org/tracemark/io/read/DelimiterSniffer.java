package org.tracemark.io.read;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Guesses the delimiter of delimited text from its first lines: the candidate (comma, tab, semicolon, '|') that
 * appears the same non-zero number of times, outside quotes, on the most lines, preferring more columns. Quoted
 * line breaks are respected, so a multi-line address does not break the count. Stateless.
 */
final class DelimiterSniffer {
  static final char[] CANDIDATES = {',', '\t', ';', '|'};
  private static final int MAX_LINES = 20;

  private DelimiterSniffer() {}

  /** The guess, a comma when nothing fits (a one-column table). */
  static char sniff(String sample, boolean complete) {
    return sniffStrict(sample, complete, 1, 1).orElse(',');
  }

  /**
   * A delimiter only when the sample is clearly a table: at least {@code minLines} records, all with the same count
   * of it and at least {@code minCount} of it; used to tell a table saved as .txt from a chat log.
   */
  static Optional<Character> sniffStrict(String sample, boolean complete, int minLines, int minCount) {
    List<int[]> counts = countLines(sample, complete);
    if (counts.size() < minLines) {
      return Optional.empty();
    }
    char best = 0;
    long bestScore = 0;
    for (int k = 0; k < CANDIDATES.length; k++) {
      int first = counts.get(0)[k];
      int agreeing = 0;
      for (int[] line : counts) {
        if (line[k] == first) {
          agreeing++;
        }
      }
      boolean strict = minLines > 1;
      if (first < minCount || (strict && agreeing < counts.size()) || (!strict && agreeing * 2 < counts.size())) {
        continue;
      }
      long score = (long) agreeing * 1000 + first;
      if (score > bestScore) {
        bestScore = score;
        best = CANDIDATES[k];
      }
    }
    return best == 0 ? Optional.empty() : Optional.of(best);
  }

  /** Per record, the count of each candidate outside quotes; the last record is dropped if the sample cut it. */
  private static List<int[]> countLines(String s, boolean complete) {
    List<int[]> lines = new ArrayList<>();
    int[] current = new int[CANDIDATES.length];
    boolean quoted = false;
    boolean any = false;
    for (int i = 0; i < s.length() && lines.size() < MAX_LINES; i++) {
      char c = s.charAt(i);
      if (c == '"') {
        quoted = !quoted;
      } else if (!quoted && (c == '\n' || c == '\r')) {
        if (any) {
          lines.add(current);
        }
        current = new int[CANDIDATES.length];
        any = false;
        continue;
      } else if (!quoted) {
        for (int k = 0; k < CANDIDATES.length; k++) {
          if (c == CANDIDATES[k]) {
            current[k]++;
          }
        }
      }
      any = true;
    }
    if (any && complete && lines.size() < MAX_LINES) {
      lines.add(current);
    }
    return lines;
  }
}
