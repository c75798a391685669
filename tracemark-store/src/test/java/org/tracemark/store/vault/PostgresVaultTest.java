package org.tracemark.store.vault;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.Optional;

/** The storage contract on PostgreSQL; SKIPPED with a message where no PostgreSQL answers on 127.0.0.1:5432. */
class PostgresVaultTest extends VaultContract {
  private static final Optional<String> UNAVAILABLE = Backend.Postgres.unavailable();

  /** Each test is reported SKIPPED with the reason (a class-level abort would show as zero tests). */
  @Override
  void requireBackend() {
    assumeTrue(UNAVAILABLE.isEmpty(), UNAVAILABLE.orElse(""));
  }

  @Override
  Backend backend() {
    return new Backend.Postgres();
  }
}
