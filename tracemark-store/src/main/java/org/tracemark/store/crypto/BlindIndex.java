package org.tracemark.store.crypto;

import com.google.crypto.tink.prf.PrfSet;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;

/**
 * Keyed blind indexes: a 16-byte Tink PRF (HMAC-SHA256) output of {@code "<kind>\0<normalised value>"}. Equal
 * values give equal tokens (that is the point, and the leakage: whoever reads the table learns which records share
 * a mobile or an ID, and nothing else without the key). The kind is mixed in so a mobile token never equals an ID
 * token. Callers normalise first (mobile: 11 digits; ID: 18 characters, upper-case X). Thread-safe.
 */
public final class BlindIndex {
  /** 128 bits: collisions among 10⁹ values have probability ~10⁻²⁰, and tokens stay small in the index. */
  public static final int TOKEN_BYTES = 16;
  private final PrfSet prf;

  BlindIndex(PrfSet prf) {
    this.prf = prf;
  }

  public byte[] token(String kind, String normalisedValue) throws GeneralSecurityException {
    return prf.computePrimary((kind + '\0' + normalisedValue).getBytes(StandardCharsets.UTF_8), TOKEN_BYTES);
  }
}
