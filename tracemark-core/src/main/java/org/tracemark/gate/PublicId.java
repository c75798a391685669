package org.tracemark.gate;

import java.util.random.RandomGenerator;

/**
 * Random public identifiers (groups in join links, passes in tokens): lower-case Crockford base 32, so they are
 * unguessable, reveal no count or order, and survive being read aloud. Pure; thread-safe.
 */
public final class PublicId {
  private static final String ALPHABET = "0123456789abcdefghjkmnpqrstvwxyz";

  private PublicId() {}

  /** {@code symbols} × 5 random bits from {@code random}, which must be a CSPRNG. */
  public static String generate(RandomGenerator random, int symbols) {
    StringBuilder id = new StringBuilder(symbols);
    for (int i = 0; i < symbols; i++) {
      id.append(ALPHABET.charAt(random.nextInt(32)));
    }
    return id.toString();
  }

  /** Whether {@code text} could be an id of this form (so a lookup is worth making). */
  public static boolean isWellFormed(String text, int symbols) {
    if (text.length() != symbols) {
      return false;
    }
    for (int i = 0; i < text.length(); i++) {
      if (ALPHABET.indexOf(text.charAt(i)) < 0) {
        return false;
      }
    }
    return true;
  }
}
