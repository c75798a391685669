package org.tracemark.screen;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Undoes the cheap disguises spammers use against keyword filters: full-width letters and digits (ＶＸ), spaces and
 * symbols between characters (加 v 信, 户·主·资·料), zero-width characters and case. Pure; thread-safe.
 */
final class MessageNormaliser {
  private MessageNormaliser() {}

  static String normalise(String message) {
    String folded = Normalizer.normalize(message, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    StringBuilder out = new StringBuilder(folded.length());
    for (int i = 0; i < folded.length(); i++) {
      char c = folded.charAt(i);
      if (Character.isLetterOrDigit(c) || c == '+') {
        out.append(c);
      }
      // Everything else — spaces, punctuation, separators, zero-width and format characters, emoji — is dropped:
      // none of the cues needs it, and spammers insert it to split words.
    }
    return out.toString();
  }

  /** Chinese numerals and digits, for {@link #foldNumbers}. */
  private static final String NUMERALS = "0123456789零〇一二三四五六七八九十百千万两几半";

  /**
   * The normalised text with every run of digits or Chinese numerals replaced by one {@code #}, so a cue can say
   * "a number of jin" once for 10斤, 十斤 and 二十斤. Only cues written with {@code #} are matched against it: the
   * numerals in ordinary words (一手, 一起) stay intact in the normalised text.
   */
  static String foldNumbers(String normalised) {
    StringBuilder out = new StringBuilder(normalised.length());
    boolean inNumber = false;
    for (int i = 0; i < normalised.length(); i++) {
      char c = normalised.charAt(i);
      if (NUMERALS.indexOf(c) >= 0) {
        if (!inNumber) {
          out.append('#');
          inNumber = true;
        }
      } else {
        out.append(c);
        inNumber = false;
      }
    }
    return out.toString();
  }
}
