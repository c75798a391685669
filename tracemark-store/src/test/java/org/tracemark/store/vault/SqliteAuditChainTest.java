package org.tracemark.store.vault;

/** Audit tampering detection on SQLite. */
class SqliteAuditChainTest extends AuditChainContract {
  @Override
  Backend backend() {
    return new Backend.Sqlite();
  }
}
