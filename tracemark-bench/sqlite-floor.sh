#!/usr/bin/env bash
# What SQLite itself needs to store 1M owner records, with no JVM, no JDBC and no encryption: the sqlite3 shell
# inserts rows of the vault's shape (random blobs of the ciphertexts' sizes) in one transaction, WAL mode,
# synchronous=FULL, 64 MiB cache, as Tracemark opens the vault. Two layouts:
#   v30: tokens inserted into blind_index as rows arrive (random order), plus the record_id index
#   v40: tokens kept in the record and copied into blind_index sorted at the end (what the importer does per run)
# Prints SQLite's own timer per statement. Usage: tracemark-bench/sqlite-floor.sh [rows]   (needs the sqlite3 shell)
set -euo pipefail
rows="${1:-1000000}"
db="${TMPDIR:-/tmp}/tracemark-sqlite-floor.db"
record_columns="id INTEGER PRIMARY KEY, community_id BIGINT NOT NULL, natural_key TEXT NOT NULL,
  building TEXT NOT NULL, unit TEXT NOT NULL, floor TEXT NOT NULL, room TEXT NOT NULL, floor_area TEXT NOT NULL,
  purchase_date TEXT NOT NULL, handover_date TEXT NOT NULL, name_ct BLOB NOT NULL, mobile_ct BLOB NOT NULL,
  id_number_ct BLOB, extra_ct BLOB, row_digest BLOB NOT NULL, mobile_token BLOB, id_token BLOB,
  created_at BIGINT NOT NULL, updated_at BIGINT NOT NULL, created_import BIGINT NOT NULL,
  updated_import BIGINT NOT NULL, source_row BIGINT NOT NULL, UNIQUE (community_id, natural_key)"
records="WITH RECURSIVE s(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM s WHERE i < $rows)
INSERT INTO owner_record SELECT i, 1, ((i - 1) / 2000 + 1) || '|' || (((i - 1) / 500) % 4 + 1) || '|' || i, 'b', 'u',
  'f', 'r', '123.45', '2023-01-02', '2023-05-06', randomblob(42), randomblob(44), randomblob(51), NULL,
  randomblob(16), randomblob(16), randomblob(16), 1, 1, 1, 1, i FROM s;"
head="PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL; PRAGMA cache_size=-65536; PRAGMA temp_store=FILE;
CREATE TABLE owner_record ($record_columns);
CREATE TABLE blind_index (kind TEXT NOT NULL, token BLOB NOT NULL, record_id BIGINT NOT NULL,
  PRIMARY KEY (kind, token, record_id)) WITHOUT ROWID;"
echo "== v30 layout: $rows records, tokens inserted in arrival order, record_id index"
rm -f "$db" "$db-wal" "$db-shm"
sqlite3 "$db" <<SQL | grep -v '^wal$'
$head
CREATE INDEX blind_index_record ON blind_index (record_id);
.timer on
BEGIN;
$records
INSERT INTO blind_index SELECT 'mobile', mobile_token, id FROM owner_record;
INSERT INTO blind_index SELECT 'id_number', id_token, id FROM owner_record;
COMMIT;
SQL
echo "== v40 layout: $rows records, tokens copied sorted"
rm -f "$db" "$db-wal" "$db-shm"
sqlite3 "$db" <<SQL | grep -v '^wal$'
$head
.timer on
BEGIN;
$records
INSERT INTO blind_index SELECT 'mobile', mobile_token, id FROM owner_record ORDER BY 2, 3;
INSERT INTO blind_index SELECT 'id_number', id_token, id FROM owner_record ORDER BY 2, 3;
COMMIT;
SQL
rm -f "$db" "$db-wal" "$db-shm"
