package org.tracemark.store.release;

import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.RegistryConfiguration;
import com.google.crypto.tink.prf.PrfSet;
import java.io.IOException;
import java.security.GeneralSecurityException;
import java.util.Map;
import org.tracemark.mark.Prf;
import org.tracemark.mark.PrfKeys;
import org.tracemark.store.crypto.VaultKeys;

/**
 * The release marks' secret: a Tink HMAC-SHA256 PRF keyset ({@code <home>/keys/marks.tink}), loaded through the
 * vault's own keyset handling ({@link VaultKeys#featureKeyset}), never a second loader.
 *
 * <p>Key ids are {@code "tink:<id>"} of the Tink key that marked a release; every key of the keyset stays usable for
 * tracing by its id, so marks remain verifiable after a new primary is added. Thread-safe.
 */
public final class MarkKeys implements PrfKeys {
  static final String PURPOSE = "marks";
  static final String TEMPLATE = "HMAC_SHA256_PRF";
  private static final String PREFIX = "tink:";

  private final PrfSet prfs;

  private MarkKeys(PrfSet prfs) {
    this.prfs = prfs;
  }

  /**
   * @param mayCreate whether a missing keyset may be created: only while no release exists, since marks made with a
   *     lost key can never be verified again
   */
  public static MarkKeys load(VaultKeys keys, boolean mayCreate) throws IOException, GeneralSecurityException {
    KeysetHandle handle = keys.featureKeyset(PURPOSE, TEMPLATE, mayCreate);
    return new MarkKeys(handle.getPrimitive(RegistryConfiguration.get(), PrfSet.class));
  }

  /** The key id new releases are marked with. */
  public String primaryKeyId() {
    return PREFIX + prfs.getPrimaryId();
  }

  /** The PRF new releases are marked with. */
  public Prf primary() throws GeneralSecurityException {
    return forKeyId(primaryKeyId());
  }

  @Override
  public Prf forKeyId(String keyId) throws GeneralSecurityException {
    if (!keyId.startsWith(PREFIX)) {
      throw new GeneralSecurityException("unknown mark key id " + keyId);
    }
    int id;
    try {
      id = Integer.parseInt(keyId.substring(PREFIX.length()));
    } catch (NumberFormatException e) {
      throw new GeneralSecurityException("unknown mark key id " + keyId);
    }
    Map<Integer, com.google.crypto.tink.prf.Prf> all = prfs.getPrfs();
    com.google.crypto.tink.prf.Prf prf = all.get(id);
    if (prf == null) {
      throw new GeneralSecurityException("mark key " + keyId + " is not in the home's marks keyset");
    }
    return prf::compute;
  }
}
