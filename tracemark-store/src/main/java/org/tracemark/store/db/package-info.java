/**
 * Where the vault lives: an SQLite file in the home (WAL) or PostgreSQL, migrated by Flyway from
 * {@code db/migration/sqlite} and {@code db/migration/postgresql}, which keep the same tables and columns.
 */
package org.tracemark.store.db;
