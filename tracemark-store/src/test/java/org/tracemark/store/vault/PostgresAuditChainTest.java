package org.tracemark.store.vault;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.Optional;

/** Audit tampering detection on PostgreSQL; SKIPPED with a message where none is reachable. */
class PostgresAuditChainTest extends AuditChainContract {
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
