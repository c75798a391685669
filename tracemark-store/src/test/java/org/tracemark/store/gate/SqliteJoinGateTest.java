package org.tracemark.store.gate;

import org.tracemark.store.vault.Backend;

/** The join gate on SQLite. */
class SqliteJoinGateTest extends JoinGateContract {
  @Override
  Backend backend() {
    return new Backend.Sqlite();
  }
}
