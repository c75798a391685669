package org.tracemark.mark;

import java.security.GeneralSecurityException;

/**
 * A keyed pseudo-random function, the one secret primitive behind every keyed mark and allocation choice.
 *
 * <p>Shaped like Tink's {@code com.google.crypto.tink.prf.Prf} so that the store can back it with a Tink PRF keyset
 * ({@code keysetHandle.getPrimitive(PrfSet.class).getPrimary()}) without an adapter doing anything but delegate.
 *
 * <p>Contract: deterministic (same key and input, same output); outputs for distinct inputs are indistinguishable
 * from independent uniform bytes to anyone without the key — the false-accusation bounds in
 * {@code org.tracemark.trace} rest on exactly this; implementations must be thread-safe, because tracing scores
 * releases in parallel.
 */
public interface Prf {
  /**
   * Computes {@code outputLength} pseudo-random bytes of {@code input}.
   *
   * @throws GeneralSecurityException if the key cannot produce that many bytes or is unusable; translated only at
   *     the CLI/HTTP edge
   */
  byte[] compute(byte[] input, int outputLength) throws GeneralSecurityException;
}
