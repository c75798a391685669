package org.tracemark.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * What the vault's storage costs through JDBC, without encryption, CSV or validation: random bytes of the
 * ciphertexts' sizes written the way an import writes them, into a fresh SQLite file (WAL, synchronous=FULL, 64 MiB
 * cache, one transaction). Compares storage layouts before anyone rewrites the importer for one:
 * <ul>
 *   <li>{@code v30}: each batch's tokens inserted into blind_index sorted within the batch, plus the record-id index;
 *   <li>{@code v40}: tokens kept in the record, copied into blind_index sorted after the records (today's layout);
 *   <li>{@code v40-packed}: as v40 with the three personal ciphertexts in one column (3 bound parameters fewer).
 * </ul>
 * Prints seconds for the record inserts, the tokens and the commit. Single-threaded, so it shows the writer thread's
 * share of an import; see docs/benchmarks.md, "Vault import".
 * Run: {@code java -cp tracemark-bench/target/benchmarks.jar org.tracemark.bench.SqliteLayoutRun v40 [rows]}
 */
public final class SqliteLayoutRun {
  private static final int BATCH = 4_096;

  private SqliteLayoutRun() {}

  public static void main(String[] args) throws Exception {
    String layout = args[0];
    int rows = args.length > 1 ? Integer.parseInt(args[1]) : 1_000_000;
    boolean tokensInRecord = layout.startsWith("v40");
    boolean packed = layout.endsWith("packed");
    Path file = Files.createTempFile("tracemark-layout", ".db");
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file)) {
      createSchema(c, !tokensInRecord);
      c.setAutoCommit(false);
      long[] seconds = write(c, rows, tokensInRecord, packed);
      System.out.printf("%s, %,d records: records %.2f s, tokens %.2f s, commit %.2f s, total %.2f s%n", layout, rows,
          seconds[0] / 1e9, seconds[1] / 1e9, seconds[2] / 1e9, (seconds[0] + seconds[1] + seconds[2]) / 1e9);
    } finally {
      for (String suffix : new String[] {"", "-wal", "-shm"}) {
        Files.deleteIfExists(Path.of(file + suffix));
      }
    }
  }

  private static void createSchema(Connection c, boolean recordIdIndex) throws SQLException {
    try (Statement st = c.createStatement()) {
      st.execute("PRAGMA journal_mode=WAL");
      st.execute("PRAGMA synchronous=FULL");
      st.execute("PRAGMA cache_size=-65536");
      st.execute("PRAGMA temp_store=FILE");
      st.execute("CREATE TABLE owner_record (id INTEGER PRIMARY KEY, community_id BIGINT NOT NULL, natural_key TEXT "
          + "NOT NULL, building TEXT NOT NULL, unit TEXT NOT NULL, floor TEXT NOT NULL, room TEXT NOT NULL, "
          + "floor_area TEXT NOT NULL, purchase_date TEXT NOT NULL, handover_date TEXT NOT NULL, name_ct BLOB NOT NULL, "
          + "mobile_ct BLOB, id_number_ct BLOB, extra_ct BLOB, row_digest BLOB NOT NULL, mobile_token BLOB, "
          + "id_token BLOB, created_at BIGINT NOT NULL, updated_at BIGINT NOT NULL, created_import BIGINT NOT NULL, "
          + "updated_import BIGINT NOT NULL, source_row BIGINT NOT NULL, UNIQUE (community_id, natural_key))");
      st.execute("CREATE TABLE blind_index (kind TEXT NOT NULL, token BLOB NOT NULL, record_id BIGINT NOT NULL, "
          + "PRIMARY KEY (kind, token, record_id)) WITHOUT ROWID");
      if (recordIdIndex) {
        st.execute("CREATE INDEX blind_index_record ON blind_index (record_id)");
      }
    }
  }

  /** Nanoseconds spent on records, tokens and the commit. */
  private static long[] write(Connection c, int rows, boolean tokensInRecord, boolean packed) throws SQLException {
    SplittableRandom random = new SplittableRandom(1);
    long[] spent = new long[3];
    List<Object[]> tokens = new ArrayList<>();
    try (PreparedStatement record = c.prepareStatement("INSERT INTO owner_record (id, community_id, natural_key, "
            + "building, unit, floor, room, floor_area, purchase_date, handover_date, name_ct, mobile_ct, id_number_ct, "
            + "extra_ct, row_digest, mobile_token, id_token, created_at, updated_at, created_import, updated_import, "
            + "source_row) VALUES (?, 1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, NULL, ?, ?, ?, 0, 0, 1, 1, ?)");
        PreparedStatement token = c.prepareStatement(
            "INSERT INTO blind_index (kind, token, record_id) VALUES (?, ?, ?)")) {
      for (int id = 1; id <= rows; id++) {
        int building = (id - 1) / 2_000 + 1;
        int unit = (id - 1) / 500 % 4 + 1;
        int floor = (id - 1) / 4 % 125 + 1;
        String room = Integer.toString(floor * 100 + (id - 1) % 4 + 1);
        byte[] mobileToken = bytes(random, 16);
        byte[] idToken = bytes(random, 16);
        record.setLong(1, id);
        record.setString(2, building + "|" + unit + "|" + room);
        record.setString(3, Integer.toString(building));
        record.setString(4, Integer.toString(unit));
        record.setString(5, Integer.toString(floor));
        record.setString(6, room);
        record.setString(7, "123.45");
        record.setString(8, "2023-01-02");
        record.setString(9, "2023-05-06");
        if (packed) {
          record.setBytes(10, bytes(random, 42 + 44 + 51));
          record.setBytes(11, null);
          record.setBytes(12, null);
        } else {
          record.setBytes(10, bytes(random, 42));
          record.setBytes(11, bytes(random, 44));
          record.setBytes(12, bytes(random, 51));
        }
        record.setBytes(13, bytes(random, 16));
        record.setBytes(14, tokensInRecord ? mobileToken : null);
        record.setBytes(15, tokensInRecord ? idToken : null);
        record.setLong(16, id + 1L);
        record.addBatch();
        if (!tokensInRecord) {
          tokens.add(new Object[] {"mobile", mobileToken, (long) id});
          tokens.add(new Object[] {"id_number", idToken, (long) id});
        }
        if (id % BATCH == 0 || id == rows) {
          long s = System.nanoTime();
          record.executeBatch();
          spent[0] += System.nanoTime() - s;
          s = System.nanoTime();
          tokens.sort((a, b) -> {
            int k = ((String) a[0]).compareTo((String) b[0]);
            return k != 0 ? k : Arrays.compareUnsigned((byte[]) a[1], (byte[]) b[1]);
          });
          for (Object[] t : tokens) {
            token.setString(1, (String) t[0]);
            token.setBytes(2, (byte[]) t[1]);
            token.setLong(3, (Long) t[2]);
            token.addBatch();
          }
          if (!tokens.isEmpty()) {
            token.executeBatch();
          }
          tokens.clear();
          spent[1] += System.nanoTime() - s;
        }
      }
    }
    long s = System.nanoTime();
    if (tokensInRecord) {
      try (Statement st = c.createStatement()) {
        st.executeUpdate("INSERT INTO blind_index SELECT 'mobile', mobile_token, id FROM owner_record ORDER BY 2, 3");
        st.executeUpdate("INSERT INTO blind_index SELECT 'id_number', id_token, id FROM owner_record ORDER BY 2, 3");
      }
    }
    spent[1] += System.nanoTime() - s;
    s = System.nanoTime();
    c.commit();
    spent[2] = System.nanoTime() - s;
    return spent;
  }

  private static byte[] bytes(SplittableRandom random, int n) {
    byte[] b = new byte[n];
    random.nextBytes(b);
    return b;
  }
}
