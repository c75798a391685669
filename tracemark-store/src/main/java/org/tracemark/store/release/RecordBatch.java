package org.tracemark.store.release;

import java.security.GeneralSecurityException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ForkJoinTask;
import org.tracemark.store.crypto.FieldCipher;
import org.tracemark.store.vault.OwnerRecord;

/**
 * Many owner records by id, for releases and traces: ciphertexts are fetched in batches on one connection and
 * decrypted in parallel (Tink primitives are thread-safe), and only the personal fields the caller needs are
 * decrypted. Extra columns are never decrypted here: releases do not send them and marks do not read them.
 *
 * <p>Uses the vault's field encryption convention (table {@code owner_record}, associated data
 * {@code owner_record/<id>/<field>}) through {@link FieldCipher}; a ciphertext moved to another record fails.
 */
public final class RecordBatch {
  private static final int BATCH = 500;
  private static final String TABLE = "owner_record";

  private final FieldCipher cipher;

  public RecordBatch(FieldCipher cipher) {
    this.cipher = cipher;
  }

  private record Raw(long id, String community, String building, String unit, String floor, String room,
      byte[] name, byte[] mobile, byte[] idNumber, String area, String purchase, String handover, long created,
      long updated) {}

  /**
   * Records by id in id order, missing ids skipped.
   *
   * @param withIdNumber whether to decrypt the resident ID (empty otherwise)
   */
  public List<OwnerRecord> load(Connection c, long[] ids, boolean withIdNumber)
      throws SQLException, GeneralSecurityException {
    long[] sorted = Arrays.stream(ids).sorted().distinct().toArray();
    // Fetching is one thread on one connection; each fetched batch is decrypted by the common pool meanwhile, so
    // SQLite reading and AEAD decryption overlap instead of following each other.
    List<ForkJoinTask<OwnerRecord[]>> batches = new ArrayList<>();
    for (int from = 0; from < sorted.length; from += BATCH) {
      int to = Math.min(sorted.length, from + BATCH);
      List<Raw> raw = new ArrayList<>(to - from);
      String marks = String.join(",", Collections.nCopies(to - from, "?"));
      try (PreparedStatement ps = c.prepareStatement("SELECT r.id, k.name, r.building, r.unit, r.floor, r.room, "
          + "r.name_ct, r.mobile_ct, r.id_number_ct, r.floor_area, r.purchase_date, r.handover_date, r.created_at, "
          + "r.updated_at FROM owner_record r JOIN community k ON k.id = r.community_id WHERE r.id IN (" + marks
          + ") ORDER BY r.id")) {
        for (int i = from; i < to; i++) {
          ps.setLong(i - from + 1, sorted[i]);
        }
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            raw.add(new Raw(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                rs.getString(6), rs.getBytes(7), rs.getBytes(8), rs.getBytes(9), rs.getString(10),
                rs.getString(11), rs.getString(12), rs.getLong(13), rs.getLong(14)));
          }
        }
      }
      batches.add(ForkJoinTask.adapt(() -> decrypt(raw, withIdNumber)).fork());
    }
    // Joined newest first: an external join runs a task still at the top of the submission queue itself, so this
    // thread decrypts from one end while the pool's worker takes from the other.
    OwnerRecord[][] parts = new OwnerRecord[batches.size()][];
    for (int b = batches.size() - 1; b >= 0; b--) {
      try {
        parts[b] = batches.get(b).join();
      } catch (RuntimeException e) {
        // The pool wraps the task's checked exception (possibly twice, when rethrown across threads).
        for (Throwable t = e; t != null; t = t.getCause()) {
          if (t instanceof GeneralSecurityException g) {
            throw g;
          }
        }
        throw e;
      }
    }
    List<OwnerRecord> out = new ArrayList<>(sorted.length);
    for (OwnerRecord[] part : parts) {
      out.addAll(Arrays.asList(part));
    }
    return out;
  }

  private OwnerRecord[] decrypt(List<Raw> raw, boolean withIdNumber) throws GeneralSecurityException {
    OwnerRecord[] out = new OwnerRecord[raw.size()];
    for (int i = 0; i < out.length; i++) {
      Raw r = raw.get(i);
      Optional<String> id = withIdNumber && r.idNumber() != null
          ? Optional.of(cipher.decrypt(TABLE, r.id(), "id_number", r.idNumber())) : Optional.empty();
      out[i] = new OwnerRecord(r.id(), r.community(), r.building(), r.unit(), r.floor(), r.room(),
          cipher.decrypt(TABLE, r.id(), "name", r.name()), cipher.decrypt(TABLE, r.id(), "mobile", r.mobile()), id,
          r.area(), r.purchase(), r.handover(), Map.of(), Instant.ofEpochMilli(r.created()),
          Instant.ofEpochMilli(r.updated()));
    }
    return out;
  }
}
