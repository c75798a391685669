package org.tracemark.store.vault;

import java.security.GeneralSecurityException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.tracemark.store.audit.AuditEntry;
import org.tracemark.store.crypto.BlindIndex;
import org.tracemark.store.crypto.FieldCipher;
import org.tracemark.store.crypto.VaultKeys;
import org.tracemark.store.user.Actor;
import org.tracemark.store.user.Permission;

/**
 * {@code tracemark keys rotate}: a new primary field key, every personal field re-encrypted under it, then the old
 * field keys destroyed. With {@code rotateIndex} the blind-index PRF key rotates too and every token and row digest
 * is recomputed (tokens exported for tracing before the rotation stop matching; that is why it is opt-in).
 *
 * <p>Crash safety: (1) the keysets with old and new keys are written to the home, (2) all records are re-encrypted
 * in one transaction with the audit event, (3) the old keys are dropped from the home. A crash before (2) commits
 * leaves old ciphertexts that the two-key keyset still opens; a crash between (2) and (3) leaves an extra old key,
 * which the next rotation removes. Records are paged by id so memory stays bounded.
 */
public final class KeyRotation {
  private static final int PAGE = 2_000;

  private final Vault vault;
  private final Actor actor;

  public KeyRotation(Vault vault, Actor actor) {
    this.vault = vault;
    this.actor = actor;
  }

  /** The outcome: records re-encrypted and the new primary key ids. */
  public record Result(long records, int fieldKeyId, int indexKeyId, boolean indexRotated) {}

  public Result rotate(boolean rotateIndex) throws Exception {
    actor.require(Permission.ROTATE_KEYS);
    VaultKeys old = vault.keys();
    VaultKeys next = old.withNewPrimaries(rotateIndex);
    FieldCipher oldCipher = old.fieldCipher();
    FieldCipher newCipher = next.fieldCipher();
    BlindIndex newIndex = next.blindIndex();
    vault.replaceKeys(next);
    long records = vault.inTransaction((c, audit) -> {
      long count = reencrypt(c, oldCipher, newCipher, newIndex, rotateIndex);
      vault.rewriteChecks(c, next);
      audit.append(c, new AuditEntry(actor.auditName(), "keys.rotate", "keys", "",
          "{\"records\":" + count + ",\"field_key\":" + next.primaryFieldKeyId() + ",\"index_key\":"
              + next.primaryIndexKeyId() + ",\"index_rotated\":" + rotateIndex + "}"));
      return count;
    });
    VaultKeys pruned = next.withoutOldKeys(rotateIndex);
    vault.replaceKeys(pruned);
    return new Result(records, pruned.primaryFieldKeyId(), pruned.primaryIndexKeyId(), rotateIndex);
  }

  /**
   * Re-encrypts every record under the new field key. With {@code recomputeTokens}, the records' tokens and digests
   * are recomputed under the new index key and {@code blind_index} is emptied and refilled from them in index order.
   */
  private static long reencrypt(Connection c, FieldCipher oldCipher, FieldCipher newCipher, BlindIndex newIndex,
      boolean recomputeTokens) throws SQLException, GeneralSecurityException {
    OwnerRepository reader = new OwnerRepository(oldCipher, null);
    RecordSealer sealer = new RecordSealer(newCipher, newIndex);
    long count = 0;
    long after = 0;
    try (PreparedStatement update = c.prepareStatement("UPDATE owner_record SET name_ct = ?, mobile_ct = ?, "
            + "id_number_ct = ?, extra_ct = ?, row_digest = coalesce(?, row_digest), "
            + "mobile_token = coalesce(?, mobile_token), id_token = coalesce(?, id_token) WHERE id = ?")) {
      while (true) {
        List<OwnerRecord> page = reader.list(c, java.util.Optional.empty(), after, PAGE);
        if (page.isEmpty()) {
          break;
        }
        for (OwnerRecord r : page) {
          OwnerRow row = toRow(r);
          RecordSealer.Sealed s = sealer.seal(r.id(), row);
          update.setBytes(1, s.name());
          update.setBytes(2, s.mobile());
          update.setBytes(3, s.idNumber());
          update.setBytes(4, s.extra());
          update.setBytes(5, recomputeTokens ? sealer.digest(row) : null);
          update.setBytes(6, recomputeTokens ? s.mobileToken() : null);
          update.setBytes(7, recomputeTokens ? s.idToken() : null);
          update.setLong(8, r.id());
          update.addBatch();
        }
        update.executeBatch();
        count += page.size();
        after = page.get(page.size() - 1).id();
      }
    }
    if (recomputeTokens) {
      try (Statement st = c.createStatement()) {
        st.executeUpdate("DELETE FROM blind_index");
      }
      RecordWriter.indexRecords(c, Long.MIN_VALUE, Long.MAX_VALUE);
    }
    return count;
  }

  private static OwnerRow toRow(OwnerRecord r) {
    return new OwnerRow(r.building(), r.unit(), r.floor(), r.room(), r.name(), r.mobile(), r.idNumber(),
        r.floorArea(), r.purchaseDate(), r.handoverDate(), r.extra());
  }

}
