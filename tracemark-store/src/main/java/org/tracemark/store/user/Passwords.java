package org.tracemark.store.user;

import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;

/**
 * Password hashing for server logins: Argon2id (RFC 9106) through Bouncy Castle, stored in the PHC string format
 * {@code $argon2id$v=19$m=19456,t=2,p=1$<salt>$<hash>} so that the parameters travel with each hash and can be
 * raised later ({@link #needsRehash}).
 *
 * <p>Parameters: 19 MiB of memory, 2 passes, 1 lane — OWASP's minimum recommendation for Argon2id, about 40 ms on
 * one core here. Memory-hard on purpose: a stolen database costs an attacker that much memory per guess.
 *
 * <p>Passwords are taken as {@code char[]} so callers can wipe them; nothing here logs or keeps them.
 */
public final class Passwords {
  /** Memory in KiB. */
  static final int MEMORY_KIB = 19 * 1024;
  static final int ITERATIONS = 2;
  static final int PARALLELISM = 1;
  private static final int SALT_BYTES = 16;
  private static final int HASH_BYTES = 32;
  /** Shortest password accepted, in characters. */
  public static final int MIN_LENGTH = 10;
  /** Longest password accepted: hashing is cheap in length, but a cap keeps requests bounded. */
  public static final int MAX_LENGTH = 1024;
  /** Bounds on stored parameters, so that a crafted hash cannot make one verification take unbounded memory. */
  private static final int MAX_MEMORY_KIB = 1024 * 1024;
  private static final int MAX_ITERATIONS = 64;

  private static final Pattern PHC = Pattern.compile(
      "\\$argon2id\\$v=19\\$m=(\\d{1,8}),t=(\\d{1,3}),p=(\\d{1,2})\\$([A-Za-z0-9+/]{16,})\\$([A-Za-z0-9+/]{16,})");
  private static final Base64.Encoder B64 = Base64.getEncoder().withoutPadding();
  private static final Base64.Decoder B64D = Base64.getDecoder();
  private static final SecureRandom RANDOM = new SecureRandom();

  private Passwords() {}

  /** Why {@code password} is not acceptable for user {@code name}, or empty when it is. */
  public static Optional<String> problem(String name, char[] password) {
    int length = String.valueOf(password).codePointCount(0, password.length);
    if (length < MIN_LENGTH) {
      return Optional.of("a password needs at least " + MIN_LENGTH + " characters (密码至少 " + MIN_LENGTH + " 个字符)");
    }
    if (password.length > MAX_LENGTH) {
      return Optional.of("a password may have at most " + MAX_LENGTH + " characters");
    }
    if (String.valueOf(password).equalsIgnoreCase(name)) {
      return Optional.of("the password must not be the user name (密码不能与用户名相同)");
    }
    return Optional.empty();
  }

  /** A new Argon2id hash of {@code password} with a fresh random salt, in PHC string format. */
  public static String hash(char[] password) {
    byte[] salt = new byte[SALT_BYTES];
    RANDOM.nextBytes(salt);
    byte[] out = derive(password, salt, MEMORY_KIB, ITERATIONS, PARALLELISM, HASH_BYTES);
    return "$argon2id$v=19$m=" + MEMORY_KIB + ",t=" + ITERATIONS + ",p=" + PARALLELISM + "$" + B64.encodeToString(salt)
        + "$" + B64.encodeToString(out);
  }

  /** Whether {@code password} matches {@code stored}; false (never an exception) for a malformed stored hash. */
  public static boolean verify(char[] password, String stored) {
    if (stored == null || password.length > MAX_LENGTH) {
      return false;
    }
    Matcher m = PHC.matcher(stored);
    if (!m.matches()) {
      return false;
    }
    int memory = Integer.parseInt(m.group(1));
    int iterations = Integer.parseInt(m.group(2));
    int parallelism = Integer.parseInt(m.group(3));
    if (memory < 8 * parallelism || memory > MAX_MEMORY_KIB || iterations < 1 || iterations > MAX_ITERATIONS
        || parallelism < 1) {
      return false;
    }
    byte[] salt;
    byte[] expected;
    try {
      salt = B64D.decode(m.group(4));
      expected = B64D.decode(m.group(5));
    } catch (IllegalArgumentException e) {
      return false;
    }
    byte[] actual = derive(password, salt, memory, iterations, parallelism, expected.length);
    return MessageDigest.isEqual(actual, expected);
  }

  /** True when {@code stored} was made with weaker parameters than today's, so a login should store a new hash. */
  public static boolean needsRehash(String stored) {
    Matcher m = PHC.matcher(stored == null ? "" : stored);
    return !m.matches() || Integer.parseInt(m.group(1)) < MEMORY_KIB || Integer.parseInt(m.group(2)) < ITERATIONS;
  }

  /**
   * A hash of a random password, for verifying against when the user does not exist or has no password, so that
   * a failed login takes the same time whether or not the name is known.
   */
  public static String decoy() {
    return Decoy.HASH;
  }

  private static final class Decoy {
    static final String HASH;

    static {
      char[] random = new char[32];
      for (int i = 0; i < random.length; i++) {
        random[i] = (char) ('a' + RANDOM.nextInt(26));
      }
      HASH = hash(random);
    }
  }

  private static byte[] derive(char[] password, byte[] salt, int memoryKib, int iterations, int parallelism,
      int length) {
    Argon2Parameters params = new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id)
        .withVersion(Argon2Parameters.ARGON2_VERSION_13)
        .withSalt(salt)
        .withMemoryAsKB(memoryKib)
        .withIterations(iterations)
        .withParallelism(parallelism)
        .build();
    Argon2BytesGenerator generator = new Argon2BytesGenerator();
    generator.init(params);
    byte[] out = new byte[length];
    generator.generateBytes(password, out);
    return out;
  }
}
