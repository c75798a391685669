package org.tracemark.mark;

import java.security.GeneralSecurityException;

/**
 * Resolves the PRF a release was marked with from the key id stored in its manifest, so that marks stay verifiable
 * after key rotation (the store keeps retired PRF keys for tracing only).
 */
@FunctionalInterface
public interface PrfKeys {
  /** @throws GeneralSecurityException if no key with this id is known or it cannot be used */
  Prf forKeyId(String keyId) throws GeneralSecurityException;
}
