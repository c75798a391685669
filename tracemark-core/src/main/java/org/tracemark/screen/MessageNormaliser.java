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
}
