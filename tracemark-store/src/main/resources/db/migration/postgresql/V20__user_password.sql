-- Server login (issue 8), PostgreSQL dialect; identical to ../sqlite/V20__user_password.sql.
-- password_hash is an Argon2id hash in the PHC string format ($argon2id$v=19$m=…,t=…,p=…$salt$hash); NULL means
-- the user has no password and cannot log in to the server (the CLI identity rule is unchanged).
ALTER TABLE app_user ADD COLUMN password_hash TEXT;
ALTER TABLE app_user ADD COLUMN password_set_at BIGINT;
