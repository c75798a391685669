package org.tracemark.gate;

import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * The short half of an admission pass: 8 random Crockford base-32 symbols (40 bits) and a Luhn mod 32 check symbol,
 * shown as {@code K7Q-M3X-D9P}. A group admin can read it out or type it; the check symbol catches a mistyped or
 * swapped symbol before the store is asked. Crockford's alphabet has no I, L, O or U, and reading folds I/L to 1 and
 * O to 0, so the code survives being copied by hand. Pure; thread-safe.
 */
public final class PassCode {
  /** Crockford's base-32 alphabet. */
  static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
  static final int RANDOM_SYMBOLS = 8;
  static final int LENGTH = RANDOM_SYMBOLS + 1;

  private PassCode() {}

  /** A new code in canonical form (9 symbols, no dashes), from {@code random}, which must be a CSPRNG. */
  public static String generate(RandomGenerator random) {
    StringBuilder code = new StringBuilder(LENGTH);
    for (int i = 0; i < RANDOM_SYMBOLS; i++) {
      code.append(ALPHABET.charAt(random.nextInt(32)));
    }
    code.append(ALPHABET.charAt(checkValue(code)));
    return code.toString();
  }

  /** {@code K7QM3XD9P} → {@code K7Q-M3X-D9P}. */
  public static String display(String canonical) {
    return canonical.substring(0, 3) + "-" + canonical.substring(3, 6) + "-" + canonical.substring(6);
  }

  /**
   * The canonical form of what someone typed: case folded, I/L → 1, O → 0, dashes and spaces dropped; empty when
   * the length, a symbol or the check symbol is wrong.
   */
  public static Optional<String> normalise(String typed) {
    StringBuilder out = new StringBuilder(LENGTH);
    for (int i = 0; i < typed.length(); i++) {
      char c = Character.toUpperCase(typed.charAt(i));
      switch (c) {
        case '-', ' ', '\u3000' -> {
          continue;
        }
        case 'I', 'L' -> c = '1';
        case 'O' -> c = '0';
        default -> { }
      }
      if (ALPHABET.indexOf(c) < 0 || out.length() == LENGTH) {
        return Optional.empty();
      }
      out.append(c);
    }
    if (out.length() != LENGTH) {
      return Optional.empty();
    }
    int check = checkValue(out.subSequence(0, RANDOM_SYMBOLS));
    return ALPHABET.charAt(check) == out.charAt(RANDOM_SYMBOLS) ? Optional.of(out.toString()) : Optional.empty();
  }

  /** Luhn mod N (N = 32) check value of {@code symbols}: detects every single substitution and every adjacent swap except 0↔Z. */
  static int checkValue(CharSequence symbols) {
    int factor = 2;
    int sum = 0;
    for (int i = symbols.length() - 1; i >= 0; i--) {
      int addend = factor * ALPHABET.indexOf(symbols.charAt(i));
      factor = factor == 2 ? 1 : 2;
      sum += addend / 32 + addend % 32;
    }
    return (32 - sum % 32) % 32;
  }
}
