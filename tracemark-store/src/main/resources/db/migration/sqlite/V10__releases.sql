-- Fingerprinted releases and canaries (issues 6 and 7), SQLite dialect. Kept column-for-column identical to
-- ../postgresql/V10__releases.sql; only the binary type differs. Times are epoch milliseconds (UTC).

-- A release is 'pending' while it waits for a second user's approval (two-person rule), then 'released'.
-- manifest_ct is the Tink-AEAD-encrypted ManifestCodec form (it holds canary values and trap numbers);
-- record_ids and canary_ids stay plaintext bitmaps so allocation can read them without the key.
ALTER TABLE data_release ADD COLUMN status TEXT NOT NULL DEFAULT 'released';
ALTER TABLE data_release ADD COLUMN community TEXT NOT NULL DEFAULT '';
ALTER TABLE data_release ADD COLUMN request TEXT NOT NULL DEFAULT '{}';
ALTER TABLE data_release ADD COLUMN manifest_ct BLOB;
ALTER TABLE data_release ADD COLUMN released_at BIGINT;
ALTER TABLE data_release ADD COLUMN approved_by TEXT;
ALTER TABLE data_release ADD COLUMN audit_hash BLOB;

-- Operator-configured trap numbers (numbers the organisation owns). The number is encrypted; token is the
-- blind-index PRF of it, for hit lookups; last4 is what human output shows.
CREATE TABLE trap_number (
  id         BIGINT PRIMARY KEY,
  number_ct  BLOB NOT NULL,
  token      BLOB NOT NULL UNIQUE,
  last4      TEXT NOT NULL,
  label      TEXT NOT NULL,
  added_at   BIGINT NOT NULL,
  added_by   TEXT NOT NULL
);

-- One row per canary a release carried: its fake flat (plaintext location, like owner_record) and its trap, if any.
CREATE TABLE canary (
  id          BIGINT PRIMARY KEY,
  release_id  BIGINT NOT NULL REFERENCES data_release (id),
  community   TEXT NOT NULL,
  flat_key    TEXT NOT NULL,
  trap_id     BIGINT REFERENCES trap_number (id)
);
CREATE INDEX canary_release ON canary (release_id);
CREATE INDEX canary_trap ON canary (trap_id);

-- A call or SMS reaching a trap number; caller_ct is the encrypted caller number.
CREATE TABLE canary_alert (
  id          BIGINT PRIMARY KEY,
  trap_id     BIGINT NOT NULL REFERENCES trap_number (id),
  at          BIGINT NOT NULL,
  channel     TEXT NOT NULL,
  caller_ct   BLOB,
  releases    TEXT NOT NULL,
  recorded_by TEXT NOT NULL,
  audit_seq   BIGINT NOT NULL
);

CREATE TABLE release_setting (
  name  TEXT PRIMARY KEY,
  value TEXT NOT NULL
);
