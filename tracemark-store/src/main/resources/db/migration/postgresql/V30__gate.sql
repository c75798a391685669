-- The resident gate for owners' groups (issue 9), PostgreSQL dialect. Kept column-for-column identical to
-- ../sqlite/V30__gate.sql; only the binary type and BIGINT PRIMARY KEY differ. Times are epoch milliseconds.
-- No phone number and no code is stored: codes and pass codes are keyed hashes (Tink PRF of the home's gate key),
-- client addresses and flats in the limit tables are keyed references of the same key.

-- An owners' group (业主群) of a community, admitting through its join link /join/<public_id>.
CREATE TABLE owner_group (
  id           BIGINT PRIMARY KEY,
  public_id    TEXT NOT NULL UNIQUE,
  community_id BIGINT NOT NULL REFERENCES community (id),
  name         TEXT NOT NULL,
  status       TEXT NOT NULL,
  created_at   BIGINT NOT NULL,
  created_by   TEXT NOT NULL,
  UNIQUE (community_id, name)
);

-- One row per code request, whether or not the flat exists (record_id NULL then: the row is a decoy that no code
-- can open). Only the newest open row of a (group, flat) can be used; used_at closes a row (used, burned by too
-- many wrong entries, or superseded by a newer request).
CREATE TABLE gate_code (
  id         BIGINT PRIMARY KEY,
  group_id   BIGINT NOT NULL REFERENCES owner_group (id),
  unit_ref   BYTEA NOT NULL,
  record_id  BIGINT REFERENCES owner_record (id),
  building   TEXT NOT NULL,
  code_mac   BYTEA NOT NULL,
  created_at BIGINT NOT NULL,
  expires_at BIGINT NOT NULL,
  attempts   INTEGER NOT NULL,
  used_at    BIGINT
);
CREATE INDEX gate_code_open ON gate_code (group_id, unit_ref, used_at);

-- Admission passes. public_id is in the signed token; code_mac is the keyed hash of the short code.
CREATE TABLE admission_pass (
  id                BIGINT PRIMARY KEY,
  public_id         TEXT NOT NULL UNIQUE,
  group_id          BIGINT NOT NULL REFERENCES owner_group (id),
  record_id         BIGINT NOT NULL REFERENCES owner_record (id),
  building          TEXT NOT NULL,
  code_mac          BYTEA NOT NULL UNIQUE,
  issued_at         BIGINT NOT NULL,
  expires_at        BIGINT NOT NULL,
  verify_count      BIGINT NOT NULL,
  first_verified_at BIGINT,
  first_verified_by TEXT,
  revoked_at        BIGINT,
  revoked_by        TEXT
);
CREATE INDEX admission_pass_record ON admission_pass (group_id, record_id);

-- Counted events for rate limits: scope client|unit|group, kind start|failure. Rows older than the longest window
-- are pruned as new ones are written.
CREATE TABLE gate_attempt (
  id      BIGINT PRIMARY KEY,
  scope   TEXT NOT NULL,
  key_ref BYTEA NOT NULL,
  kind    TEXT NOT NULL,
  at      BIGINT NOT NULL
);
CREATE INDEX gate_attempt_key ON gate_attempt (scope, key_ref, kind, at);
CREATE INDEX gate_attempt_at ON gate_attempt (at);

-- Running lockouts, one per (scope, key).
CREATE TABLE gate_lockout (
  scope   TEXT NOT NULL,
  key_ref BYTEA NOT NULL,
  locked_until BIGINT NOT NULL,
  PRIMARY KEY (scope, key_ref)
);
