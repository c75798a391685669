package org.tracemark.store.vault;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.tracemark.store.db.Database;
import org.tracemark.store.db.Dialect;

/**
 * The records a community held when an import began, looked up by natural key on a connection of their own.
 *
 * <p>Why a second connection: the import's own connection belongs to the thread that writes batches. Reading on
 * another one lets the importing thread sort the next batch into new, changed and unchanged rows (and encrypt only
 * what will be written) while the writer is busy. That connection sees committed data only, which is what an
 * import compares against: the records it has written itself are not committed yet, and the importer tracks those
 * on its own (see {@link OwnerImporter}). No other writer can commit meanwhile: the import holds the write lock
 * (SQLite {@code BEGIN IMMEDIATE}, PostgreSQL {@code LOCK TABLE owner_record IN EXCLUSIVE MODE}, which still admits
 * plain reads).
 */
final class StoredRecords implements AutoCloseable {
  private static final int LOOKUP_CHUNK = 500;
  /** A community without records before the import: nothing to look up, no connection opened. */
  static final StoredRecords NONE = new StoredRecords(null, null, 0);

  private final Connection connection;
  private final Dialect dialect;
  private final long communityId;

  private StoredRecords(Connection connection, Dialect dialect, long communityId) {
    this.connection = connection;
    this.dialect = dialect;
    this.communityId = communityId;
  }

  /** What the vault held for one natural key: enough to tell unchanged from changed and to retire old tokens. */
  record Stored(long id, byte[] digest, byte[] mobileToken, byte[] idToken) {}

  /**
   * Lookups for {@code communityId}; {@link #NONE} when {@code importing} (the import's own connection, inside its
   * transaction) finds the community empty.
   */
  static StoredRecords of(Database database, Connection importing, long communityId) throws SQLException {
    try (PreparedStatement ps = importing.prepareStatement(
        "SELECT 1 FROM owner_record WHERE community_id = ? LIMIT 1")) {
      ps.setLong(1, communityId);
      try (ResultSet rs = ps.executeQuery()) {
        if (!rs.next()) {
          return NONE;
        }
      }
    }
    return new StoredRecords(database.connect(), database.dialect(), communityId);
  }

  /** The stored records among {@code keys} (natural keys, repeats allowed), by natural key. */
  Map<String, Stored> find(String[] keys) throws SQLException {
    if (connection == null) {
      return Collections.emptyMap();
    }
    Map<String, Stored> found = new HashMap<>();
    if (dialect == Dialect.POSTGRESQL) {
      // A join with the key array, not "natural_key IN (...)": without statistics (a table never analysed, or
      // autovacuum off) PostgreSQL plans the IN list as a filter over every record of the community, which made
      // each lookup of a batch read the whole community. The join probes the unique index once per key whatever
      // the statistics say.
      try (PreparedStatement ps = connection.prepareStatement("SELECT r.natural_key, r.id, r.row_digest, "
          + "r.mobile_token, r.id_token FROM unnest(?) AS k(natural_key) JOIN owner_record r "
          + "ON r.community_id = ? AND r.natural_key = k.natural_key")) {
        ps.setArray(1, connection.createArrayOf("text", keys));
        ps.setLong(2, communityId);
        collect(ps, found);
      }
      return found;
    }
    List<String> naturalKeys = java.util.Arrays.stream(keys).distinct().toList();
    for (int from = 0; from < naturalKeys.size(); from += LOOKUP_CHUNK) {
      List<String> chunk = naturalKeys.subList(from, Math.min(naturalKeys.size(), from + LOOKUP_CHUNK));
      String marks = String.join(",", Collections.nCopies(chunk.size(), "?"));
      try (PreparedStatement ps = connection.prepareStatement("SELECT natural_key, id, row_digest, mobile_token, "
          + "id_token FROM owner_record WHERE community_id = ? AND natural_key IN (" + marks + ")")) {
        ps.setLong(1, communityId);
        for (int i = 0; i < chunk.size(); i++) {
          ps.setString(i + 2, chunk.get(i));
        }
        collect(ps, found);
      }
    }
    return found;
  }

  private static void collect(PreparedStatement ps, Map<String, Stored> found) throws SQLException {
    try (ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        found.put(rs.getString(1), new Stored(rs.getLong(2), rs.getBytes(3), rs.getBytes(4), rs.getBytes(5)));
      }
    }
  }

  @Override
  public void close() throws SQLException {
    if (connection != null) {
      connection.close();
    }
  }
}
