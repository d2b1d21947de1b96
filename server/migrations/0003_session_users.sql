-- Whose session each is (null before sign-in), so that a teacher setting a student's new password
-- can end the student's sessions everywhere.
ALTER TABLE sessions ADD COLUMN user_id TEXT;
CREATE INDEX sessions_user ON sessions (user_id);
