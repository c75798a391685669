package org.tracemark.store.crypto;

import java.security.GeneralSecurityException;
import java.util.function.IntFunction;
import java.util.stream.IntStream;

/**
 * Cryptography over many values at once, on every core (the common fork-join pool): encryption and PRF tokens are
 * independent per value, and a large import or trace computes millions of them.
 */
public final class Parallel {
  private Parallel() {}

  /** One value's work; may fail as Tink primitives do. */
  @FunctionalInterface
  public interface Step<T> {
    T apply(int i) throws GeneralSecurityException;
  }

  /** {@code step} for 0..n-1, results in index order; a failure of any step is rethrown after all have run. */
  public static <T> T[] map(int n, Step<T> step, IntFunction<T[]> array) throws GeneralSecurityException {
    T[] out = array.apply(n);
    GeneralSecurityException[] failure = new GeneralSecurityException[1];
    IntStream.range(0, n).parallel().forEach(i -> {
      try {
        out[i] = step.apply(i);
      } catch (GeneralSecurityException e) {
        synchronized (failure) {
          failure[0] = e;
        }
      }
    });
    if (failure[0] != null) {
      throw failure[0];
    }
    return out;
  }
}
