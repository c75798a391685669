package org.tracemark.store.release;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.tracemark.store.vault.Backend;

/** The release contract on PostgreSQL; SKIPPED with a message where none answers on 127.0.0.1:5432. */
class PostgresReleaseTest extends ReleaseContract {
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
