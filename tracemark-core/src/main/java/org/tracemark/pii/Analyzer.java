package org.tracemark.pii;

import java.util.ArrayList;
import java.util.List;
import org.tracemark.pii.internal.Chars;
import org.tracemark.pii.recognizer.ContextEnhancer;
import org.tracemark.pii.recognizer.Recognizer;
import org.tracemark.pii.recognizer.RecognizerRegistry;
import org.tracemark.pii.recognizer.TextView;

/**
 * Runs the recognizers over one line or cell: gate, analyse, enhance with context, apply the reporting threshold,
 * resolve overlaps. Thread-safe (stateless over the immutable registry).
 */
final class Analyzer {
  /** Findings below this confidence after context enhancement are not reported (Presidio's score threshold). */
  static final double REPORT_THRESHOLD = 0.5;

  private final RecognizerRegistry registry;
  private final ContextEnhancer enhancer = new ContextEnhancer();

  Analyzer(RecognizerRegistry registry) {
    this.registry = registry;
  }

  RecognizerRegistry registry() {
    return registry;
  }

  /** All reportable findings, non-overlapping, in text order. */
  List<Finding> analyze(CharSequence text, boolean deep) {
    TextView view = new TextView(text, deep);
    if (view.inert()) {
      return List.of();
    }
    List<Finding> raw = new ArrayList<>(4);
    List<Finding> kept = new ArrayList<>(4);
    for (Recognizer r : registry.all()) {
      if (!gateOpen(text, r.requiredWords())) {
        continue;
      }
      raw.clear();
      r.analyze(view, raw);
      for (Finding f : raw) {
        Finding e = f.confidence() >= REPORT_THRESHOLD && f.supportingWord().isPresent()
            ? f : enhancer.enhance(text, f, r.contextWords(), r.contextWindowAfter());
        if (e.confidence() >= REPORT_THRESHOLD) {
          kept.add(e);
        }
      }
    }
    return resolve(kept);
  }

  /**
   * Cheap test that a table cell may hold anything: a cell without Chinese, '@' or Latin letters whose longest digit
   * run (runs joined by one space or hyphen count as one, like 138-1234-5678) is shorter than five digits holds no
   * PII, and neither does a plain date or timestamp.
   */
  static boolean worthScanning(String cell) {
    int digits = 0;
    int run = 0;
    int longest = 0;
    int n = cell.length();
    for (int i = 0; i < n; i++) {
      char c = cell.charAt(i);
      if (c >= '0' && c <= '9') {
        digits++;
        run++;
        longest = Math.max(longest, run);
      } else if (c >= 128 || c == '@' || Chars.isAsciiLetter(c)) {
        return true;
      } else if (!((c == ' ' || c == '-') && i > 0 && i + 1 < n && isAsciiDigit(cell.charAt(i - 1))
          && isAsciiDigit(cell.charAt(i + 1)))) {
        run = 0;
      }
    }
    if (longest < 5) {
      return false;
    }
    // 2024-06-15 and 2024-06-15 08:30:00: dates and times hold no personal data.
    return !(n >= 10 && cell.charAt(4) == '-' && cell.charAt(7) == '-' && digits <= 14 && isDateTime(cell));
  }

  private static boolean isAsciiDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static boolean isDateTime(String cell) {
    for (int i = 0; i < cell.length(); i++) {
      char c = cell.charAt(i);
      if (!((c >= '0' && c <= '9') || c == '-' || c == ':' || c == ' ' || c == '.')) {
        return false;
      }
    }
    return true;
  }

  private static boolean gateOpen(CharSequence text, List<String> required) {
    if (required.isEmpty()) {
      return true;
    }
    for (String w : required) {
      if (Chars.indexOfIgnoreAsciiCase(text, w, 0, text.length()) >= 0) {
        return true;
      }
    }
    return false;
  }

  /** Keeps the most confident (then longest) of overlapping findings; returns them ordered by start. */
  static List<Finding> resolve(List<Finding> findings) {
    if (findings.size() <= 1) {
      return findings.isEmpty() ? List.of() : List.of(findings.get(0));
    }
    List<Finding> ranked = new ArrayList<>(findings);
    ranked.sort((a, b) -> {
      int byConfidence = Double.compare(b.confidence(), a.confidence());
      if (byConfidence != 0) {
        return byConfidence;
      }
      int byLength = Integer.compare(b.end() - b.start(), a.end() - a.start());
      return byLength != 0 ? byLength : Integer.compare(a.start(), b.start());
    });
    List<Finding> accepted = new ArrayList<>(ranked.size());
    for (Finding f : ranked) {
      boolean overlaps = false;
      for (Finding a : accepted) {
        if (f.start() < a.end() && a.start() < f.end()) {
          overlaps = true;
          break;
        }
      }
      if (!overlaps) {
        accepted.add(f);
      }
    }
    accepted.sort((a, b) -> Integer.compare(a.start(), b.start()));
    return accepted;
  }
}
