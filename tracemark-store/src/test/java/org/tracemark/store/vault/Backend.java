package org.tracemark.store.vault;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Where a test vault lives: a fresh SQLite file, or a fresh schema in the local PostgreSQL (127.0.0.1:5432, trust
 * auth, database {@code test}), dropped by {@link #close()}.
 */
public abstract class Backend implements AutoCloseable {
  private Optional<String> last = Optional.empty();

  public abstract Optional<String> newDatabaseUrl() throws SQLException;

  /** Opens a vault in a fresh database with {@code home}'s keys. */
  public Vault open(Path home) throws Exception {
    last = newDatabaseUrl();
    return reopen(home);
  }

  /** Opens the database of the last {@link #open} again, as a new process would. */
  public Vault reopen(Path home) throws Exception {
    return Vault.open(home, last, Map.of(), Clock.systemUTC(), System.err);
  }

  /** The JDBC URL of the last opened vault; empty for the home's SQLite file. */
  public Optional<String> lastUrl() {
    return last;
  }

  @Override
  public void close() throws SQLException {}

  /** The home's SQLite file. */
  public static final class Sqlite extends Backend {
    @Override
    public Optional<String> newDatabaseUrl() {
      return Optional.empty();
    }
  }

  /** One schema per opened vault, all dropped at the end. */
  public static final class Postgres extends Backend {
    /** The server to test against; {@code -Dtracemark.test.pg=jdbc:postgresql://HOST:PORT/DB?user=U} overrides. */
    public static final String BASE_URL = System.getProperty("tracemark.test.pg",
        "jdbc:postgresql://127.0.0.1:5432/test?user=postgres");
    public static final String ADMIN_URL = BASE_URL + "&connectTimeout=3";
    private final List<String> schemas = new ArrayList<>();

    /** Empty if PostgreSQL answers; else why not (for the skip message). */
    public static Optional<String> unavailable() {
      try (Connection c = DriverManager.getConnection(ADMIN_URL)) {
        return Optional.empty();
      } catch (SQLException e) {
        return Optional.of("PostgreSQL at " + BASE_URL + " is not reachable (" + e.getMessage()
            + "): PostgreSQL storage tests SKIPPED, not failed");
      }
    }

    @Override
    public Optional<String> newDatabaseUrl() throws SQLException {
      String schema = "tm_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
      try (Connection c = DriverManager.getConnection(ADMIN_URL); Statement st = c.createStatement()) {
        st.execute("CREATE SCHEMA " + schema);
      }
      schemas.add(schema);
      return Optional.of(BASE_URL + "&currentSchema=" + schema);
    }

    @Override
    public void close() throws SQLException {
      try (Connection c = DriverManager.getConnection(ADMIN_URL); Statement st = c.createStatement()) {
        for (String schema : schemas) {
          st.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
        }
      }
      schemas.clear();
    }
  }
}
