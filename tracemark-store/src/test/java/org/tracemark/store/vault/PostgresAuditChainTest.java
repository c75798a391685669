package org.tracemark.store.vault;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;

/** Audit tampering detection on PostgreSQL; SKIPPED with a message where none is reachable. */
class PostgresAuditChainTest extends AuditChainContract {
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
