package org.tracemark.store.release;

import org.tracemark.store.vault.Backend;

/** The release contract on SQLite. */
class SqliteReleaseTest extends ReleaseContract {
  @Override
  Backend backend() {
    return new Backend.Sqlite();
  }
}
