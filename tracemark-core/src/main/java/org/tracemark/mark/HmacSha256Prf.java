package org.tracemark.mark;

import java.security.GeneralSecurityException;
import java.security.InvalidKeyException;
import java.util.Arrays;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * HMAC-SHA256 as a {@link Prf}, for tests, the simulation and benchmarks (the store uses a Tink PRF keyset).
 *
 * <p>At most 32 bytes per call. Thread-safe: each thread gets its own {@link Mac} (a per-instance thread-local,
 * not static state), because {@code Mac} objects are not.
 */
public final class HmacSha256Prf implements Prf {
  private static final String ALGORITHM = "HmacSHA256";
  private static final int MAX_OUTPUT = 32;

  private final SecretKeySpec key;
  private final ThreadLocal<Mac> macs;

  /** @param key at least 16 key bytes; copied */
  public HmacSha256Prf(byte[] key) {
    if (key.length < 16) {
      throw new IllegalArgumentException("PRF key must have at least 16 bytes, got " + key.length);
    }
    this.key = new SecretKeySpec(key.clone(), ALGORITHM);
    this.macs = ThreadLocal.withInitial(this::newMac);
  }

  private Mac newMac() {
    try {
      Mac mac = Mac.getInstance(ALGORITHM);
      mac.init(key);
      return mac;
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 unavailable in this JVM", e);
    }
  }

  @Override
  public byte[] compute(byte[] input, int outputLength) throws GeneralSecurityException {
    if (outputLength < 1 || outputLength > MAX_OUTPUT) {
      throw new InvalidKeyException("HMAC-SHA256 PRF gives 1..32 bytes, asked for " + outputLength);
    }
    byte[] full = macs.get().doFinal(input);
    return outputLength == MAX_OUTPUT ? full : Arrays.copyOf(full, outputLength);
  }

  @Override
  public String toString() {
    return "HmacSha256Prf[key hidden]";
  }
}
