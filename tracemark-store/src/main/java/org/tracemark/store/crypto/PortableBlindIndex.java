package org.tracemark.store.crypto;

import com.google.crypto.tink.InsecureSecretKeyAccess;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.RegistryConfiguration;
import com.google.crypto.tink.TinkProtoKeysetFormat;
import com.google.crypto.tink.prf.PrfSet;
import java.io.Serializable;
import java.security.GeneralSecurityException;

/**
 * The blind-index PRF in a form that can be shipped to the workers of a distributed job (Spark executors), so that
 * they tokenise leaked values exactly as the vault does and a leak can be joined against exported tokens without
 * any plaintext on the vault's side.
 *
 * <p><b>Secret.</b> It carries the index key in clear: whoever holds it and an exported token table can test guessed
 * mobiles and IDs against the table. Ship it only to a cluster trusted with the leak itself, with Spark's RPC and
 * local-storage encryption on (docs/scale.md); it is never written to files by Tracemark and its
 * {@code toString()} says nothing. Thread-safe.
 */
public final class PortableBlindIndex implements Serializable {
  private static final long serialVersionUID = 1L;

  private final byte[] keyset;
  private transient volatile BlindIndex index;

  PortableBlindIndex(KeysetHandle handle) throws GeneralSecurityException {
    this.keyset = TinkProtoKeysetFormat.serializeKeyset(handle, InsecureSecretKeyAccess.get());
  }

  /** The same token as {@link BlindIndex#token} of the vault the key came from. */
  public byte[] token(String kind, String normalisedValue) throws GeneralSecurityException {
    BlindIndex i = index;
    if (i == null) {
      TinkSetup.register();
      KeysetHandle handle = TinkProtoKeysetFormat.parseKeyset(keyset, InsecureSecretKeyAccess.get());
      i = new BlindIndex(handle.getPrimitive(RegistryConfiguration.get(), PrfSet.class));
      index = i;
    }
    return i.token(kind, normalisedValue);
  }

  @Override
  public String toString() {
    return "PortableBlindIndex[key withheld]";
  }
}
