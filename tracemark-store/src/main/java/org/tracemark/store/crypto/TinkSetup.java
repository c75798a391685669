package org.tracemark.store.crypto;

import com.google.crypto.tink.aead.AeadConfig;
import com.google.crypto.tink.mac.MacConfig;
import com.google.crypto.tink.prf.PrfConfig;
import com.google.crypto.tink.signature.SignatureConfig;
import java.security.GeneralSecurityException;

/** Registers the Tink primitives the vault uses; idempotent and cheap after the first call. */
final class TinkSetup {
  private static volatile boolean registered;

  private TinkSetup() {}

  static void register() throws GeneralSecurityException {
    if (!registered) {
      synchronized (TinkSetup.class) {
        if (!registered) {
          AeadConfig.register();
          PrfConfig.register();
          MacConfig.register();
          SignatureConfig.register();
          registered = true;
        }
      }
    }
  }
}
