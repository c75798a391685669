package org.tracemark.store.vault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Optional;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tracemark.store.db.Database;
import org.tracemark.store.db.Dialect;

/**
 * A vault written before V40 keeps its tokens only in blind_index. Migrating it must copy each record's tokens into
 * the record, so that later imports can retire them, and (SQLite) drop the record-id index nothing reads any more.
 */
class RecordTokensMigrationTest {
  private static final byte[] MOBILE_1 = bytes(1);
  private static final byte[] ID_1 = bytes(2);
  private static final byte[] MOBILE_2 = bytes(3);

  @Test
  void migrate_vaultFromV30_tokensCopiedIntoRecords_sqlite(@TempDir Path dir) throws Exception {
    String url = "jdbc:sqlite:" + dir.resolve("old.db");
    migrateOldVault(url);
    try (Connection c = DriverManager.getConnection(url); Statement st = c.createStatement();
        ResultSet rs = st.executeQuery("SELECT count(*) FROM sqlite_master WHERE name = 'blind_index_record'")) {
      rs.next();
      assertThat(rs.getInt(1)).isZero();
    }
  }

  @Test
  void migrate_vaultFromV30_tokensCopiedIntoRecords_postgres() throws Exception {
    Optional<String> why = Backend.Postgres.unavailable();
    assumeTrue(why.isEmpty(), why.orElse(""));
    try (Backend.Postgres pg = new Backend.Postgres()) {
      migrateOldVault(pg.newDatabaseUrl().orElseThrow());
    }
  }

  private static void migrateOldVault(String url) throws Exception {
    Flyway.configure().dataSource(url, null, null).locations(Dialect.ofUrl(url).migrations()).target("30").load()
        .migrate();
    try (Connection c = DriverManager.getConnection(url); Statement st = c.createStatement()) {
      st.execute("INSERT INTO community (id, name, created_at) VALUES (1, 'old', 0)");
      st.execute("INSERT INTO import_run (id, community_id, source_name, actor, started_at, imported, updated, "
          + "unchanged, rejected) VALUES (1, 1, 'a.csv', 'sam', 0, 2, 0, 0, 0)");
      for (int id = 1; id <= 2; id++) {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO owner_record (id, community_id, natural_key, "
            + "building, unit, floor, room, floor_area, purchase_date, handover_date, name_ct, mobile_ct, row_digest, "
            + "created_at, updated_at, created_import, updated_import, source_row) "
            + "VALUES (?, 1, ?, '1', '1', '', ?, '', '', '', ?, ?, ?, 0, 0, 1, 1, ?)")) {
          ps.setInt(1, id);
          ps.setString(2, "1|1|" + id);
          ps.setString(3, String.valueOf(id));
          ps.setBytes(4, bytes(10 + id));
          ps.setBytes(5, bytes(20 + id));
          ps.setBytes(6, bytes(30 + id));
          ps.setInt(7, id);
          ps.executeUpdate();
        }
      }
      token(c, "mobile", MOBILE_1, 1);
      token(c, "id_number", ID_1, 1);
      token(c, "mobile", MOBILE_2, 2);
    }

    Database.open(url);

    try (Connection c = DriverManager.getConnection(url); Statement st = c.createStatement();
        ResultSet rs = st.executeQuery("SELECT id, mobile_token, id_token FROM owner_record ORDER BY id")) {
      assertThat(rs.next()).isTrue();
      assertThat(rs.getBytes(2)).isEqualTo(MOBILE_1);
      assertThat(rs.getBytes(3)).isEqualTo(ID_1);
      assertThat(rs.next()).isTrue();
      assertThat(rs.getBytes(2)).isEqualTo(MOBILE_2);
      assertThat(rs.getBytes(3)).isNull();
      assertThat(rs.next()).isFalse();
    }
  }

  private static void token(Connection c, String kind, byte[] token, long recordId) throws Exception {
    try (PreparedStatement ps = c.prepareStatement("INSERT INTO blind_index (kind, token, record_id) VALUES (?, ?, ?)")) {
      ps.setString(1, kind);
      ps.setBytes(2, token);
      ps.setLong(3, recordId);
      ps.executeUpdate();
    }
  }

  private static byte[] bytes(int seed) {
    byte[] b = new byte[16];
    java.util.Arrays.fill(b, (byte) seed);
    return b;
  }
}
