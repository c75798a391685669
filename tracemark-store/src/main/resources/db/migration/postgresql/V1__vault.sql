-- Tracemark vault schema, PostgreSQL dialect. Kept column-for-column identical to ../sqlite/V1__vault.sql;
-- only the binary type (BYTEA here, BLOB there) and SQLite-only storage clauses (INTEGER PRIMARY KEY, WITHOUT ROWID) differ.
-- databases compare and index them the same way.

CREATE TABLE vault_meta (
  name  TEXT PRIMARY KEY,
  value BYTEA NOT NULL
);

CREATE TABLE community (
  id         BIGINT PRIMARY KEY,
  name       TEXT NOT NULL UNIQUE,
  created_at BIGINT NOT NULL
);

CREATE TABLE import_run (
  id           BIGINT PRIMARY KEY,
  community_id BIGINT NOT NULL REFERENCES community (id),
  source_name  TEXT NOT NULL,
  actor        TEXT NOT NULL,
  started_at   BIGINT NOT NULL,
  imported     BIGINT NOT NULL,
  updated      BIGINT NOT NULL,
  unchanged    BIGINT NOT NULL,
  rejected     BIGINT NOT NULL
);

-- One owner record per room of a community. Personal fields are Tink AEAD ciphertexts whose associated data binds
-- them to (record id, field name); location and property details are plaintext (see docs/vault.md, leakage).
CREATE TABLE owner_record (
  id             BIGINT PRIMARY KEY,
  community_id   BIGINT NOT NULL REFERENCES community (id),
  natural_key    TEXT NOT NULL,
  building       TEXT NOT NULL,
  unit           TEXT NOT NULL,
  floor          TEXT NOT NULL,
  room           TEXT NOT NULL,
  floor_area     TEXT NOT NULL,
  purchase_date  TEXT NOT NULL,
  handover_date  TEXT NOT NULL,
  name_ct        BYTEA NOT NULL,
  mobile_ct      BYTEA NOT NULL,
  id_number_ct   BYTEA,
  extra_ct       BYTEA,
  row_digest     BYTEA NOT NULL,
  created_at     BIGINT NOT NULL,
  updated_at     BIGINT NOT NULL,
  created_import BIGINT NOT NULL REFERENCES import_run (id),
  updated_import BIGINT NOT NULL REFERENCES import_run (id),
  source_row     BIGINT NOT NULL,
  UNIQUE (community_id, natural_key)
);

-- Keyed blind indexes (Tink PRF of the normalised value): equality lookups without plaintext. Exportable as is.
CREATE TABLE blind_index (
  kind      TEXT NOT NULL,
  token     BYTEA NOT NULL,
  record_id BIGINT NOT NULL REFERENCES owner_record (id),
  PRIMARY KEY (kind, token, record_id)
);
CREATE INDEX blind_index_record ON blind_index (record_id);

CREATE TABLE app_user (
  id         BIGINT PRIMARY KEY,
  name       TEXT NOT NULL UNIQUE,
  role       TEXT NOT NULL,
  created_at BIGINT NOT NULL,
  created_by TEXT NOT NULL
);

-- People or organisations that receive copies (issue 6 fills and uses it).
CREATE TABLE recipient (
  id         BIGINT PRIMARY KEY,
  name       TEXT NOT NULL UNIQUE,
  kind       TEXT NOT NULL,
  created_at BIGINT NOT NULL
);

-- One row per copy that left the vault (issue 6): record ids as a serialized RoaringBitmap, enough to recompute marks.
CREATE TABLE data_release (
  id           BIGINT PRIMARY KEY,
  recipient_id BIGINT NOT NULL REFERENCES recipient (id),
  created_at   BIGINT NOT NULL,
  actor        TEXT NOT NULL,
  policy       TEXT NOT NULL,
  mark_key_id  TEXT NOT NULL,
  row_count    BIGINT NOT NULL,
  record_ids   BYTEA NOT NULL,
  canary_ids   BYTEA,
  audit_seq    BIGINT
);

-- Append-only hash chain: hash = SHA-256(prev_hash || canonical event). seq is contiguous from 1.
CREATE TABLE audit_event (
  seq       BIGINT PRIMARY KEY,
  at        BIGINT NOT NULL,
  actor     TEXT NOT NULL,
  action    TEXT NOT NULL,
  subject   TEXT NOT NULL,
  purpose   TEXT NOT NULL,
  details   TEXT NOT NULL,
  prev_hash BYTEA NOT NULL,
  hash      BYTEA NOT NULL
);

-- Ed25519 (Tink) signatures over (seq, hash) of chain heads.
CREATE TABLE audit_checkpoint (
  seq       BIGINT PRIMARY KEY,
  at        BIGINT NOT NULL,
  hash      BYTEA NOT NULL,
  signature BYTEA NOT NULL
);
