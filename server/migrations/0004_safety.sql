-- Who may do what to a student's account, and guessing limits that every copy of the server
-- shares. The same SQL runs on SQLite and PostgreSQL.

-- The class where a student's account was made. Its teacher, and only its teacher, is responsible
-- for the account: only they may give the student a new password. Joining another class later does
-- not move it; a removed home class leaves it empty (then nobody but the student can change the
-- password).
ALTER TABLE users ADD COLUMN home_class_id TEXT REFERENCES classes (id) ON DELETE SET NULL;
UPDATE users SET home_class_id = (
    SELECT m.class_id FROM class_members m WHERE m.student_id = users.id
    ORDER BY m.joined_at, m.class_id LIMIT 1
) WHERE role = 'student';

-- Sign-ins, joins and sign-ups that count towards a limit (a wrong password, an unknown join code,
-- a new account), by what they count against (`wrong-sign-in address 192.0.2.1`,
-- `wrong-sign-in account student ABC234 anna`). Kept in the database,
-- so that behind a load balancer an attacker gets no more tries than from one copy. Rows older than
-- the longest window are swept.
CREATE TABLE counted_tries (
    id TEXT PRIMARY KEY NOT NULL,
    key TEXT NOT NULL,
    at BIGINT NOT NULL
);
CREATE INDEX counted_tries_key_at ON counted_tries (key, at);
CREATE INDEX counted_tries_at ON counted_tries (at);

-- What each user has stored, kept up to date by the attempt writer in the same transaction as the
-- attempts, so that the storage quota costs one read a commit, not a count a save. Code is counted
-- in characters (the same on both databases).
ALTER TABLE users ADD COLUMN stored_attempts BIGINT NOT NULL DEFAULT 0;
ALTER TABLE users ADD COLUMN stored_code_chars BIGINT NOT NULL DEFAULT 0;
UPDATE users SET
    stored_attempts = (SELECT COUNT(*) FROM attempts t WHERE t.user_id = users.id),
    stored_code_chars = (SELECT COALESCE(SUM(LENGTH(t.code)), 0) FROM attempts t WHERE t.user_id = users.id);
