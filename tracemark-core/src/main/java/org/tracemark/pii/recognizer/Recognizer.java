package org.tracemark.pii.recognizer;

import java.util.List;
import java.util.Optional;
import org.tracemark.pii.Finding;
import org.tracemark.pii.PiiType;

/**
 * Finds one type of personal information. One implementation per type, one file each; the registry assembles them.
 *
 * <p>Implementations are immutable and thread-safe once constructed; the expensive resources they hold (phone
 * metadata, region tables, HanLP) are shared through the registry.
 */
public interface Recognizer {
  /** The type every finding of this recognizer has. */
  PiiType type();

  /**
   * Words that, near a candidate, raise its confidence ({@link ContextEnhancer}). Candidates whose pattern
   * confidence lies below the reporting threshold survive only with such a word.
   */
  List<String> contextWords();

  /** Column-header words that name a column of this type (matched inside the header, ASCII case-insensitively). */
  List<String> headerWords();

  /**
   * When non-empty, the recognizer can only produce a reportable finding on a line containing one of these words,
   * so the engine skips it on lines without any (a cheap gate for context-only types such as QQ).
   */
  default List<String> requiredWords() {
    return List.of();
  }

  /** Characters after a candidate searched for context words ({@link ContextEnhancer#WINDOW_AFTER} by default). */
  default int contextWindowAfter() {
    return ContextEnhancer.WINDOW_AFTER;
  }

  /** Validates a canonical value: the three-outcome checksum hook. */
  default Validation validate(String canonical) {
    return Validation.NOT_CHECKABLE;
  }

  /** Appends the candidates in {@code text}, spans relative to the line, before context enhancement. */
  void analyze(TextView text, List<Finding> out);

  /**
   * The fast path for a column already profiled as this type: the trimmed cell {@code cell[start, end)} taken as
   * one value and validated. Empty when the cell is not a valid value of this type (the engine then falls back to
   * the general scan of the cell).
   */
  Optional<Finding> cellValue(String cell, int start, int end);
}
