package org.tracemark.store.db;

/** The two databases the vault runs on. The schema is the same; only migration folders and pragmas differ. */
public enum Dialect {
  SQLITE("sqlite"),
  POSTGRESQL("postgresql");

  private final String migrationFolder;

  Dialect(String migrationFolder) {
    this.migrationFolder = migrationFolder;
  }

  /** Classpath location of this dialect's Flyway migrations. */
  public String migrations() {
    return "classpath:db/migration/" + migrationFolder;
  }

  public static Dialect ofUrl(String jdbcUrl) {
    if (jdbcUrl.startsWith("jdbc:sqlite:")) {
      return SQLITE;
    }
    if (jdbcUrl.startsWith("jdbc:postgresql:")) {
      return POSTGRESQL;
    }
    throw new IllegalArgumentException("unsupported database URL (use jdbc:sqlite:FILE or jdbc:postgresql://...)");
  }
}
