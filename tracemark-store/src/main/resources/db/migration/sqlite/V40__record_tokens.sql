-- Blind-index tokens kept in the record they index (issue 5, import speed), SQLite dialect. Kept column-for-column
-- identical to ../postgresql/V40__record_tokens.sql; only the binary type and the dropped index differ.
--
-- Why: an import used to insert every token into blind_index as its row arrived. Tokens are PRF outputs, so those
-- inserts landed at random in the B-tree, and the record_id index doubled them; together they were half of a large
-- import's database time. Now a record carries its own tokens, and an import copies the tokens of its new records into
-- blind_index in one INSERT ... SELECT ... ORDER BY at its end: sorted inserts touch each index page once.
-- An updated record's old tokens are deleted by their full primary key (read from these columns), and a key rotation
-- empties and refills the table, so nothing looks tokens up by record id any more and blind_index_record goes.
-- blind_index stays the table lookups read (owners find, trace, the Spark index export).
ALTER TABLE owner_record ADD COLUMN mobile_token BLOB;
ALTER TABLE owner_record ADD COLUMN id_token BLOB;

UPDATE owner_record SET
  mobile_token = (SELECT token FROM blind_index b WHERE b.record_id = owner_record.id AND b.kind = 'mobile'),
  id_token = (SELECT token FROM blind_index b WHERE b.record_id = owner_record.id AND b.kind = 'id_number');

DROP INDEX blind_index_record;
