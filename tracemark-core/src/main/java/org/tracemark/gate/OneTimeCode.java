package org.tracemark.gate;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * The numeric one-time codes sent by SMS, and the one way they are compared. Pure; thread-safe.
 */
public final class OneTimeCode {
  private OneTimeCode() {}

  /** {@code digits} uniform decimal digits (leading zeros kept) from {@code random}, which must be a CSPRNG. */
  public static String generate(RandomGenerator random, int digits) {
    StringBuilder code = new StringBuilder(digits);
    for (int i = 0; i < digits; i++) {
      code.append((char) ('0' + random.nextInt(10)));
    }
    return code.toString();
  }

  /**
   * What the applicant typed, as the code's digits: full-width digits folded, spaces and dashes dropped; empty
   * when anything else is left or the length is wrong. Callers still compare the empty case (against a decoy) so
   * that malformed input costs the same as a wrong code.
   */
  public static Optional<String> normalise(String typed, int digits) {
    StringBuilder out = new StringBuilder(digits);
    for (int i = 0; i < typed.length(); i++) {
      char c = typed.charAt(i);
      if (c >= '０' && c <= '９') {
        c = (char) ('0' + (c - '０'));
      }
      if (c >= '0' && c <= '9') {
        out.append(c);
      } else if (c != ' ' && c != '-' && c != '\u3000') {
        return Optional.empty();
      }
    }
    return out.length() == digits ? Optional.of(out.toString()) : Optional.empty();
  }

  /**
   * Constant-time equality of two keyed hashes ({@link MessageDigest#isEqual} does not stop at the first differing
   * byte). Codes are never compared as text: the store keeps only their keyed hashes.
   */
  public static boolean sameHash(byte[] expected, byte[] given) {
    return MessageDigest.isEqual(expected, given);
  }

  /** UTF-8 bytes, for hashing. */
  static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
