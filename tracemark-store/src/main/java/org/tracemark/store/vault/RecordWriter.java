package org.tracemark.store.vault;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.security.GeneralSecurityException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.tracemark.store.crypto.BlindIndex;
import org.tracemark.store.crypto.FieldCipher;

/**
 * Encrypts owner rows and writes them in batches with prepared statements: one record row and one blind-index row
 * per mobile and per ID. Encryption runs in parallel over a batch (it dominates the cost); the writes are
 * sequential on the import's connection. Not thread-safe: one per import.
 */
final class RecordWriter implements AutoCloseable {
  static final String TABLE = "owner_record";
  static final String KIND_MOBILE = "mobile";
  static final String KIND_ID = "id_number";
  private static final ObjectMapper JSON = new ObjectMapper();

  private final Connection connection;
  private final FieldCipher cipher;
  private final BlindIndex index;
  private final PreparedStatement insert;
  private final PreparedStatement update;
  private final PreparedStatement insertToken;
  private final PreparedStatement deleteTokens;

  RecordWriter(Connection connection, FieldCipher cipher, BlindIndex index) throws SQLException {
    this.connection = connection;
    this.cipher = cipher;
    this.index = index;
    this.insert = connection.prepareStatement("INSERT INTO owner_record (id, community_id, natural_key, building, "
        + "unit, floor, room, floor_area, purchase_date, handover_date, name_ct, mobile_ct, id_number_ct, extra_ct, "
        + "row_digest, created_at, updated_at, created_import, updated_import, source_row) "
        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    this.update = connection.prepareStatement("UPDATE owner_record SET building = ?, unit = ?, floor = ?, room = ?, "
        + "floor_area = ?, purchase_date = ?, handover_date = ?, name_ct = ?, mobile_ct = ?, id_number_ct = ?, "
        + "extra_ct = ?, row_digest = ?, updated_at = ?, updated_import = ?, source_row = ? WHERE id = ?");
    this.insertToken = connection.prepareStatement(
        "INSERT INTO blind_index (kind, token, record_id) VALUES (?, ?, ?)");
    this.deleteTokens = connection.prepareStatement("DELETE FROM blind_index WHERE record_id = ?");
  }

  /** A row with its assigned record id and whether it replaces an existing record. */
  record Pending(long recordId, long sourceRow, OwnerRow row, byte[] digest, boolean replaces) {}

  /** The encrypted form of one row. */
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

  /** Seals {@code rows} in parallel and writes them; returns when the batch is in the transaction. */
  void write(List<Pending> rows, long communityId, long importId, long now) throws SQLException,
      GeneralSecurityException {
    Sealed[] sealed = new Sealed[rows.size()];
    Map<Integer, GeneralSecurityException> failures = new HashMap<>();
    IntStream.range(0, rows.size()).parallel().forEach(i -> {
      try {
        sealed[i] = seal(rows.get(i).recordId(), rows.get(i).row());
      } catch (GeneralSecurityException e) {
        synchronized (failures) {
          failures.put(i, e);
        }
      }
    });
    if (!failures.isEmpty()) {
      throw failures.values().iterator().next();
    }
    List<Long> replaced = new ArrayList<>();
    int inserts = 0;
    int updates = 0;
    for (int i = 0; i < rows.size(); i++) {
      Pending p = rows.get(i);
      Sealed s = sealed[i];
      OwnerRow r = p.row();
      if (p.replaces()) {
        replaced.add(p.recordId());
        update.setString(1, r.building());
        update.setString(2, r.unit());
        update.setString(3, r.floor());
        update.setString(4, r.room());
        update.setString(5, r.floorArea());
        update.setString(6, r.purchaseDate());
        update.setString(7, r.handoverDate());
        update.setBytes(8, s.name());
        update.setBytes(9, s.mobile());
        update.setBytes(10, s.idNumber());
        update.setBytes(11, s.extra());
        update.setBytes(12, p.digest());
        update.setLong(13, now);
        update.setLong(14, importId);
        update.setLong(15, p.sourceRow());
        update.setLong(16, p.recordId());
        update.addBatch();
        updates++;
      } else {
        insert.setLong(1, p.recordId());
        insert.setLong(2, communityId);
        insert.setString(3, r.naturalKey());
        insert.setString(4, r.building());
        insert.setString(5, r.unit());
        insert.setString(6, r.floor());
        insert.setString(7, r.room());
        insert.setString(8, r.floorArea());
        insert.setString(9, r.purchaseDate());
        insert.setString(10, r.handoverDate());
        insert.setBytes(11, s.name());
        insert.setBytes(12, s.mobile());
        insert.setBytes(13, s.idNumber());
        insert.setBytes(14, s.extra());
        insert.setBytes(15, p.digest());
        insert.setLong(16, now);
        insert.setLong(17, now);
        insert.setLong(18, importId);
        insert.setLong(19, importId);
        insert.setLong(20, p.sourceRow());
        insert.addBatch();
        inserts++;
      }
    }
    if (inserts > 0) {
      insert.executeBatch();
    }
    if (updates > 0) {
      update.executeBatch();
      for (long id : replaced) {
        deleteTokens.setLong(1, id);
        deleteTokens.addBatch();
      }
      deleteTokens.executeBatch();
    }
    // Tokens are random: inserting a batch in key order touches each index page once instead of at random, which
    // is most of the difference between a cached and a thrashing B-tree on large imports.
    List<Token> tokens = new ArrayList<>(rows.size() * 2);
    for (int i = 0; i < rows.size(); i++) {
      tokens.add(new Token(KIND_MOBILE, sealed[i].mobileToken(), rows.get(i).recordId()));
      if (sealed[i].idToken() != null) {
        tokens.add(new Token(KIND_ID, sealed[i].idToken(), rows.get(i).recordId()));
      }
    }
    tokens.sort(null);
    for (Token t : tokens) {
      addToken(t.kind(), t.token(), t.recordId());
    }
    insertToken.executeBatch();
  }

  private record Token(String kind, byte[] token, long recordId) implements Comparable<Token> {
    @Override
    public int compareTo(Token o) {
      int c = kind.compareTo(o.kind);
      if (c == 0) {
        c = java.util.Arrays.compareUnsigned(token, o.token);
      }
      return c != 0 ? c : Long.compare(recordId, o.recordId);
    }
  }

  private void addToken(String kind, byte[] token, long recordId) throws SQLException {
    insertToken.setString(1, kind);
    insertToken.setBytes(2, token);
    insertToken.setLong(3, recordId);
    insertToken.addBatch();
  }

  Connection connection() {
    return connection;
  }

  @Override
  public void close() throws SQLException {
    insert.close();
    update.close();
    insertToken.close();
    deleteTokens.close();
  }
}
