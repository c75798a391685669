package org.tracemark.store.vault;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.OptionalLong;

/**
 * Writes sealed owner records on one connection inside the caller's transaction: new records, replaced records and
 * their blind-index tokens. Holds no keys: rows arrive already encrypted ({@link RecordSealer}). Not thread-safe: one
 * per import, used by one thread at a time.
 *
 * <p>New records carry their tokens in their own row, and the writer copies them into {@code blind_index} in runs
 * of {@link #INDEX_RUN} records, each run sorted by token. Tokens are PRF outputs: inserted as rows arrive, each would
 * land on a random page of the index; inserted as a sorted run, the run walks the index once, page after page. Runs
 * (rather than one sort at the end) keep the copying on the writer thread while the reading side is still busy.
 */
final class RecordWriter implements AutoCloseable {
  /** Records per sorted token run: large enough that a run walks the index rather than jumping about in it. */
  static final int INDEX_RUN = 131_072;
  private final Connection connection;
  private final long communityId;
  private final long importId;
  private final long now;
  private final PreparedStatement insert;
  private final PreparedStatement update;
  private final PreparedStatement insertToken;
  private final PreparedStatement deleteToken;
  private final PreparedStatement firstRow;
  private final int indexRun;
  /** New records with ids from here on have tokens not yet in blind_index. */
  private long unindexedFrom = -1;
  private long lastInserted = -1;

  RecordWriter(Connection connection, long communityId, long importId, long now, int indexRun) throws SQLException {
    this.connection = connection;
    this.indexRun = indexRun;
    this.communityId = communityId;
    this.importId = importId;
    this.now = now;
    // The import's constants are written into the statement (they are numbers this class formats): each bound
    // parameter is a native call per row, and binding is a large share of an insert's cost through JDBC.
    this.insert = connection.prepareStatement("INSERT INTO owner_record (id, community_id, natural_key, building, "
        + "unit, floor, room, floor_area, purchase_date, handover_date, name_ct, mobile_ct, id_number_ct, extra_ct, "
        + "row_digest, mobile_token, id_token, created_at, updated_at, created_import, updated_import, source_row) "
        + "VALUES (?, " + communityId + ", ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, " + now + ", " + now + ", "
        + importId + ", " + importId + ", ?)");
    this.update = connection.prepareStatement("UPDATE owner_record SET building = ?, unit = ?, floor = ?, room = ?, "
        + "floor_area = ?, purchase_date = ?, handover_date = ?, name_ct = ?, mobile_ct = ?, id_number_ct = ?, "
        + "extra_ct = ?, row_digest = ?, mobile_token = ?, id_token = ?, updated_at = ?, updated_import = ?, "
        + "source_row = ? WHERE id = ?");
    this.insertToken = connection.prepareStatement(
        "INSERT INTO blind_index (kind, token, record_id) VALUES (?, ?, ?)");
    this.deleteToken = connection.prepareStatement(
        "DELETE FROM blind_index WHERE kind = ? AND token = ? AND record_id = ?");
    this.firstRow = connection.prepareStatement(
        "SELECT source_row FROM owner_record WHERE community_id = ? AND natural_key = ?");
  }

  /** A record to create: its id is new, its tokens go into the index at {@link #indexNewRecords}. */
  record NewRecord(long id, long sourceRow, String naturalKey, OwnerRow row, byte[] digest,
      RecordSealer.Sealed sealed) {}

  /** A changed record: same id, fresh ciphertexts; its old tokens leave the index and its new ones enter it. */
  record Replacement(long id, long sourceRow, OwnerRow row, byte[] digest, RecordSealer.Sealed sealed,
      byte[] oldMobileToken, byte[] oldIdToken) {}

  /**
   * The file row that created or last changed the record of {@code naturalKey} in this community, as this
   * transaction sees it; empty when there is none.
   */
  OptionalLong sourceRowOf(String naturalKey) throws SQLException {
    firstRow.setLong(1, communityId);
    firstRow.setString(2, naturalKey);
    try (ResultSet rs = firstRow.executeQuery()) {
      return rs.next() ? OptionalLong.of(rs.getLong(1)) : OptionalLong.empty();
    }
  }

  void insert(List<NewRecord> records) throws SQLException {
    if (records.isEmpty()) {
      return;
    }
    for (NewRecord n : records) {
      OwnerRow r = n.row();
      RecordSealer.Sealed s = n.sealed();
      insert.setLong(1, n.id());
      insert.setString(2, n.naturalKey());
      insert.setString(3, r.building());
      insert.setString(4, r.unit());
      insert.setString(5, r.floor());
      insert.setString(6, r.room());
      insert.setString(7, r.floorArea());
      insert.setString(8, r.purchaseDate());
      insert.setString(9, r.handoverDate());
      insert.setBytes(10, s.name());
      insert.setBytes(11, s.mobile());
      insert.setBytes(12, s.idNumber());
      insert.setBytes(13, s.extra());
      insert.setBytes(14, n.digest());
      insert.setBytes(15, s.mobileToken());
      insert.setBytes(16, s.idToken());
      insert.setLong(17, n.sourceRow());
      insert.addBatch();
    }
    insert.executeBatch();
    if (unindexedFrom < 0) {
      unindexedFrom = records.get(0).id();
    }
    lastInserted = records.get(records.size() - 1).id();
    if (lastInserted - unindexedFrom + 1 >= indexRun) {
      indexNewRecords();
    }
  }

  void replace(List<Replacement> records) throws SQLException {
    if (records.isEmpty()) {
      return;
    }
    for (Replacement p : records) {
      OwnerRow r = p.row();
      RecordSealer.Sealed s = p.sealed();
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
      update.setBytes(13, s.mobileToken());
      update.setBytes(14, s.idToken());
      update.setLong(15, now);
      update.setLong(16, importId);
      update.setLong(17, p.sourceRow());
      update.setLong(18, p.id());
      update.addBatch();
      token(deleteToken, RecordSealer.KIND_MOBILE, p.oldMobileToken(), p.id());
      token(deleteToken, RecordSealer.KIND_ID, p.oldIdToken(), p.id());
      token(insertToken, RecordSealer.KIND_MOBILE, s.mobileToken(), p.id());
      token(insertToken, RecordSealer.KIND_ID, s.idToken(), p.id());
    }
    update.executeBatch();
    deleteToken.executeBatch();
    insertToken.executeBatch();
  }

  private static void token(PreparedStatement ps, String kind, byte[] token, long recordId) throws SQLException {
    if (token == null) {
      return;
    }
    ps.setString(1, kind);
    ps.setBytes(2, token);
    ps.setLong(3, recordId);
    ps.addBatch();
  }

  /**
   * Copies the tokens of the new records written since the last run into {@code blind_index}; the import calls it
   * once more after its last batch. Record ids only grow and an import holds the write lock, so the id range holds
   * exactly the records this writer created.
   */
  void indexNewRecords() throws SQLException {
    if (unindexedFrom >= 0 && lastInserted >= unindexedFrom) {
      indexRecords(connection, unindexedFrom, lastInserted + 1);
      unindexedFrom = lastInserted + 1;
    }
  }

  /**
   * Copies the tokens of the records with ids in [{@code fromId}, {@code toId}) into {@code blind_index}, in index
   * order. On SQLite a sort larger than the page cache spills to a temporary file (temp_store=FILE), so memory stays
   * bounded. Also used by key rotation to refill the whole index.
   *
   * @return the tokens added
   */
  static long indexRecords(Connection connection, long fromId, long toId) throws SQLException {
    long added = 0;
    for (String[] kind : new String[][] {{RecordSealer.KIND_MOBILE, "mobile_token"}, {RecordSealer.KIND_ID, "id_token"}}) {
      try (PreparedStatement ps = connection.prepareStatement("INSERT INTO blind_index (kind, token, record_id) "
          + "SELECT ?, " + kind[1] + ", id FROM owner_record WHERE id >= ? AND id < ? AND " + kind[1] + " IS NOT NULL "
          + "ORDER BY " + kind[1] + ", id")) {
        ps.setString(1, kind[0]);
        ps.setLong(2, fromId);
        ps.setLong(3, toId);
        added += ps.executeUpdate();
      }
    }
    return added;
  }

  @Override
  public void close() throws SQLException {
    insert.close();
    update.close();
    insertToken.close();
    deleteToken.close();
    firstRow.close();
  }
}
