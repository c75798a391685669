package org.tracemark.store.vault;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.security.GeneralSecurityException;
import java.util.Map;
import org.tracemark.store.crypto.BlindIndex;
import org.tracemark.store.crypto.FieldCipher;

/**
 * The cryptography of one owner record, apart from any database: its ciphertexts (bound to record id and field), its
 * blind-index tokens and its row digest. Pure and thread-safe, so an import runs it on the reading side, in parallel,
 * while another thread writes the previous batch.
 */
final class RecordSealer {
  static final String TABLE = "owner_record";
  static final String KIND_MOBILE = "mobile";
  static final String KIND_ID = "id_number";
  private static final String KIND_ROW = "row";
  private static final ObjectMapper JSON = new ObjectMapper();

  private final FieldCipher cipher;
  private final BlindIndex index;

  RecordSealer(FieldCipher cipher, BlindIndex index) {
    this.cipher = cipher;
    this.index = index;
  }

  /** The encrypted form of one row, with the tokens that index it. */
  record Sealed(byte[] name, byte[] mobile, byte[] idNumber, byte[] extra, byte[] mobileToken, byte[] idToken) {}

  Sealed seal(long recordId, OwnerRow row) throws GeneralSecurityException {
    byte[] idCt = null;
    byte[] idToken = null;
    if (row.idNumber().isPresent()) {
      idCt = cipher.encrypt(TABLE, recordId, "id_number", row.idNumber().get());
      idToken = index.token(KIND_ID, row.idNumber().get());
    }
    byte[] extraCt = row.extra().isEmpty() ? null : cipher.encrypt(TABLE, recordId, "extra", json(row.extra()));
    return new Sealed(cipher.encrypt(TABLE, recordId, "name", row.name()),
        cipher.encrypt(TABLE, recordId, "mobile", row.mobile()), idCt, extraCt,
        index.token(KIND_MOBILE, row.mobile()), idToken);
  }

  /**
   * A keyed digest of every stored value: equal digests mean an unchanged row, without decrypting the stored one.
   * Keyed, so the digest column is no dictionary of the plaintext.
   */
  byte[] digest(OwnerRow row) throws GeneralSecurityException {
    return index.token(KIND_ROW, row.canonical());
  }

  static String json(Map<String, String> extra) {
    try {
      return JSON.writeValueAsString(extra);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot encode extra columns", e);
    }
  }

  @SuppressWarnings("unchecked")
  static Map<String, String> parseJson(String json) {
    try {
      return JSON.readValue(json, java.util.LinkedHashMap.class);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("stored extra columns are not JSON", e);
    }
  }
}
