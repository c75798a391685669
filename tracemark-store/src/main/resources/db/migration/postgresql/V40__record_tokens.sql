-- Blind-index tokens kept in the record they index (issue 5, import speed), PostgreSQL dialect. Kept column-for-column
-- identical to ../sqlite/V40__record_tokens.sql; see there for why. blind_index_record stays here: on PostgreSQL,
-- blind_index.record_id is a declared foreign key, and the index keeps a check on owner_record deletes from scanning.
ALTER TABLE owner_record ADD COLUMN mobile_token BYTEA;
ALTER TABLE owner_record ADD COLUMN id_token BYTEA;

UPDATE owner_record SET
  mobile_token = (SELECT token FROM blind_index b WHERE b.record_id = owner_record.id AND b.kind = 'mobile'),
  id_token = (SELECT token FROM blind_index b WHERE b.record_id = owner_record.id AND b.kind = 'id_number');
