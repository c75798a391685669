package org.tracemark.store.crypto;

import com.google.crypto.tink.Aead;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;

/**
 * Encrypts one personal field of one record. The associated data is {@code "<table>/<record id>/<field>"}, so a
 * ciphertext copied into another record or another column fails to decrypt instead of silently showing someone
 * else's data. Tink's ciphertext prefix names the key, so values written under older keys stay readable after a
 * rotation until they are re-encrypted. Thread-safe.
 */
public final class FieldCipher {
  private final Aead aead;

  FieldCipher(Aead aead) {
    this.aead = aead;
  }

  public byte[] encrypt(String table, long recordId, String field, String plaintext) throws GeneralSecurityException {
    return aead.encrypt(plaintext.getBytes(StandardCharsets.UTF_8), associatedData(table, recordId, field));
  }

  public String decrypt(String table, long recordId, String field, byte[] ciphertext) throws GeneralSecurityException {
    return new String(aead.decrypt(ciphertext, associatedData(table, recordId, field)), StandardCharsets.UTF_8);
  }

  private static byte[] associatedData(String table, long recordId, String field) {
    return (table + "/" + recordId + "/" + field).getBytes(StandardCharsets.UTF_8);
  }
}
