-- Accounts, sessions, classes, assignments and progress. Written in the SQL that SQLite and
-- PostgreSQL share: ids are TEXT (UUIDs), times BIGINT milliseconds since 1970 (sessions: seconds),
-- and yes/no BIGINT 0 or 1, so that every column decodes the same way on both.

CREATE TABLE users (
    id TEXT PRIMARY KEY NOT NULL,
    role TEXT NOT NULL CHECK (role IN ('teacher', 'student')),
    name TEXT NOT NULL,
    -- Teachers sign in with it (stored lower-cased); students have none.
    email TEXT UNIQUE,
    password_hash TEXT NOT NULL,
    created_at BIGINT NOT NULL
);

-- tower-sessions' records: the data as JSON, the expiry in Unix seconds.
CREATE TABLE sessions (
    id TEXT PRIMARY KEY NOT NULL,
    data TEXT NOT NULL,
    expires_at BIGINT NOT NULL
);
CREATE INDEX sessions_expires_at ON sessions (expires_at);

CREATE TABLE classes (
    id TEXT PRIMARY KEY NOT NULL,
    teacher_id TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    join_code TEXT NOT NULL UNIQUE,
    archived BIGINT NOT NULL DEFAULT 0,
    created_at BIGINT NOT NULL
);
CREATE INDEX classes_teacher ON classes (teacher_id);

CREATE TABLE class_members (
    class_id TEXT NOT NULL REFERENCES classes (id) ON DELETE CASCADE,
    student_id TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    -- The student's name lower-cased: unique in the class, since with the class's code it is how a
    -- student signs in.
    name_key TEXT NOT NULL,
    joined_at BIGINT NOT NULL,
    PRIMARY KEY (class_id, student_id),
    UNIQUE (class_id, name_key)
);
CREATE INDEX class_members_student ON class_members (student_id);

CREATE TABLE assignments (
    id TEXT PRIMARY KEY NOT NULL,
    class_id TEXT NOT NULL REFERENCES classes (id) ON DELETE CASCADE,
    -- "<course>/<exercise>" or "model:<id>".
    item TEXT NOT NULL,
    due_at BIGINT,
    assigned_at BIGINT NOT NULL,
    -- The order within one assigning (a lesson's exercises in the lesson's order).
    position BIGINT NOT NULL,
    UNIQUE (class_id, item)
);

-- Every run a student made, by the id their browser gave it: a retried sync stores nothing twice.
CREATE TABLE attempts (
    id TEXT PRIMARY KEY NOT NULL,
    user_id TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    item TEXT NOT NULL,
    code TEXT NOT NULL,
    passed BIGINT NOT NULL,
    -- When it ran (the browser's clock, never later than received_at).
    at BIGINT NOT NULL,
    received_at BIGINT NOT NULL
);
CREATE INDEX attempts_user_item ON attempts (user_id, item, at);
