package org.tracemark.store.gate;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.Optional;
import org.tracemark.store.vault.Backend;

/** The join gate on PostgreSQL; SKIPPED with a message where no PostgreSQL answers on 127.0.0.1:5432. */
class PostgresJoinGateTest extends JoinGateContract {
  private static final Optional<String> UNAVAILABLE = Backend.Postgres.unavailable();

  @Override
  void requireBackend() {
    assumeTrue(UNAVAILABLE.isEmpty(), UNAVAILABLE.orElse(""));
  }

  /** Three simulated hours: a PostgreSQL round trip per query makes a whole day slow on a shared machine. */
  @Override
  int bruteForceMinutes() {
    return 3 * 60;
  }

  @Override
  Backend backend() {
    return new Backend.Postgres();
  }
}
