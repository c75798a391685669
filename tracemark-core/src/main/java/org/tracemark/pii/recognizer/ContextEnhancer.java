package org.tracemark.pii.recognizer;

import java.util.List;
import java.util.Optional;
import org.tracemark.pii.Finding;
import org.tracemark.pii.internal.Chars;

/**
 * Raises the confidence of a finding that has one of its recognizer's context words nearby, and records the word.
 *
 * <p>The model is Presidio's context-aware enhancer reduced to what Chinese text needs: no lemmas (Chinese does not
 * inflect), a character window instead of a token window (there are no spaces to count tokens by). The window looks
 * further back than ahead because Chinese labels precede their values (手机：…, 收件人 …).
 */
public final class ContextEnhancer {
  /** Added to the confidence when a context word is found. */
  public static final double BOOST = 0.35;
  /** A finding with a context word has at least this confidence. */
  public static final double MIN_WITH_CONTEXT = 0.6;
  /** Characters before the finding searched for a context word. */
  public static final int WINDOW_BEFORE = 12;
  /** Characters after the finding searched for a context word. */
  public static final int WINDOW_AFTER = 6;

  /** The finding, boosted with its supporting word when one of {@code words} is in the window; else unchanged. */
  public Finding enhance(CharSequence text, Finding finding, List<String> words) {
    return enhance(text, finding, words, WINDOW_AFTER);
  }

  /** As {@link #enhance(CharSequence, Finding, List)} with a recognizer-specific window after the span. */
  public Finding enhance(CharSequence text, Finding finding, List<String> words, int windowAfter) {
    if (words.isEmpty() || finding.supportingWord().isPresent()) {
      return finding;
    }
    Optional<String> word = find(text, finding.start(), finding.end(), words, windowAfter);
    if (word.isEmpty()) {
      return finding;
    }
    double boosted = Math.min(1.0, Math.max(finding.confidence() + BOOST, MIN_WITH_CONTEXT));
    return new Finding(finding.type(), finding.value(), finding.start(), finding.end(), boosted,
        finding.attributes(), word);
  }

  /** The nearest context word before the span (else after it) within the windows. */
  static Optional<String> find(CharSequence text, int start, int end, List<String> words, int windowAfter) {
    int from = Math.max(0, start - WINDOW_BEFORE);
    String best = null;
    int bestAt = -1;
    for (String w : words) {
      int at = lastIndexOf(text, w, from, start);
      if (at > bestAt) {
        bestAt = at;
        best = w;
      }
    }
    if (best != null) {
      return Optional.of(best);
    }
    int to = Math.min(text.length(), end + windowAfter);
    for (String w : words) {
      if (Chars.indexOfIgnoreAsciiCase(text, w, end, to) >= 0) {
        return Optional.of(w);
      }
    }
    return Optional.empty();
  }

  private static int lastIndexOf(CharSequence text, String word, int from, int to) {
    int found = -1;
    int at = Chars.indexOfIgnoreAsciiCase(text, word, from, to);
    while (at >= 0) {
      found = at;
      at = Chars.indexOfIgnoreAsciiCase(text, word, at + 1, to);
    }
    return found;
  }
}
