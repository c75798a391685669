package org.tracemark.store.vault;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;

/** The storage contract on PostgreSQL; SKIPPED with a message where no PostgreSQL answers on 127.0.0.1:5432. */
class PostgresVaultTest extends VaultContract {
  @BeforeAll
  void requirePostgres() {
    Optional<String> why = Backend.Postgres.unavailable();
    assumeTrue(why.isEmpty(), why.orElse(""));
  }

  @Override
  Backend backend() {
    return new Backend.Postgres();
  }
}
