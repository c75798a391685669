package org.tracemark.store.db;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.postgresql.ds.PGSimpleDataSource;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/**
 * Where the vault lives: an SQLite file in the home (default) or a PostgreSQL database for shared installations,
 * migrated to the current schema by Flyway on open.
 *
 * <p>SQLite runs in WAL mode with {@code synchronous=FULL}: an import is one transaction, so FULL costs one fsync of
 * the WAL per import and a committed import survives power loss, while readers are never blocked by it. Writers
 * begin {@code IMMEDIATE} so two concurrent imports queue instead of failing on lock upgrade.
 *
 * <p>Thread-safe: connections are opened per use by the data source (no pool: the CLI does one thing per run).
 */
public final class Database {
  /** The file name of the default SQLite database inside the home. */
  public static final String SQLITE_FILE = "vault.db";

  private final DataSource dataSource;
  private final Dialect dialect;
  private final String displayUrl;

  private Database(DataSource dataSource, Dialect dialect, String displayUrl) {
    this.dataSource = dataSource;
    this.dialect = dialect;
    this.displayUrl = displayUrl;
  }

  /**
   * The database the options and environment select: {@code option} (the CLI's {@code --db}), else
   * {@code TRACEMARK_DB}, else {@code vault.db} in {@code home}; migrated before it is returned.
   */
  public static Database open(Optional<String> option, Map<String, String> env, Path home) throws SQLException {
    String url = option.filter(s -> !s.isBlank())
        .or(() -> Optional.ofNullable(env.get("TRACEMARK_DB")).filter(s -> !s.isBlank()))
        .orElse(null);
    if (url == null) {
      try {
        Files.createDirectories(home);
      } catch (java.io.IOException e) {
        throw new SQLException("cannot create home " + home, e);
      }
      url = "jdbc:sqlite:" + home.resolve(SQLITE_FILE);
    }
    return open(url);
  }

  /** Opens and migrates the database at a JDBC URL ({@code jdbc:sqlite:FILE} or {@code jdbc:postgresql://...}). */
  public static Database open(String jdbcUrl) throws SQLException {
    Dialect dialect = Dialect.ofUrl(jdbcUrl);
    DataSource dataSource = switch (dialect) {
      case SQLITE -> sqlite(jdbcUrl);
      case POSTGRESQL -> postgres(jdbcUrl);
    };
    Database database = new Database(dataSource, dialect, redact(jdbcUrl));
    database.migrate();
    return database;
  }

  private static DataSource sqlite(String url) {
    SQLiteConfig config = new SQLiteConfig();
    config.setJournalMode(SQLiteConfig.JournalMode.WAL);
    config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
    config.enforceForeignKeys(true);
    config.setBusyTimeout(30_000);
    config.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
    // 64 MiB page cache: large imports touch the unique index at random; the cap keeps memory bounded.
    config.setCacheSize(-65_536);
    // Sorts and temporary tables larger than the cache spill to a temporary file, not to memory: an import's final
    // sorted copy of its tokens (RecordWriter) holds two rows per imported record.
    config.setTempStore(SQLiteConfig.TempStore.FILE);
    SQLiteDataSource dataSource = new SQLiteDataSource(config);
    dataSource.setUrl(url);
    return dataSource;
  }

  private static DataSource postgres(String url) {
    PGSimpleDataSource dataSource = new PGSimpleDataSource();
    dataSource.setURL(url);
    // Batched inserts become multi-row inserts: an order of magnitude fewer round trips on large imports.
    dataSource.setReWriteBatchedInserts(true);
    return dataSource;
  }

  private void migrate() {
    Flyway.configure()
        .dataSource(dataSource)
        .locations(dialect.migrations())
        .loggers("slf4j")
        .load()
        .migrate();
  }

  /** A new connection in auto-commit mode; the caller closes it. */
  public Connection connect() throws SQLException {
    return dataSource.getConnection();
  }

  public Dialect dialect() {
    return dialect;
  }

  /** The URL without user or password, for messages. */
  public String displayUrl() {
    return displayUrl;
  }

  private static String redact(String url) {
    int query = url.indexOf('?');
    return query < 0 ? url : url.substring(0, query);
  }

  @Override
  public String toString() {
    return "Database[" + displayUrl + "]";
  }
}
