-- A teacher's feedback on a student's work on an item their class assigned: comments on lines of
-- a run's code with the answers to them, and a verdict. Both belong to the class they were written
-- in: the class's teacher and the student are their only readers.

CREATE TABLE comments (
    id TEXT PRIMARY KEY NOT NULL,
    class_id TEXT NOT NULL REFERENCES classes (id) ON DELETE CASCADE,
    student_id TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    item TEXT NOT NULL,
    -- The first comment of the thread (its own id for the first).
    thread_id TEXT NOT NULL,
    -- The run whose lines the thread is on; the lines are counted from 1.
    attempt_id TEXT NOT NULL REFERENCES attempts (id) ON DELETE CASCADE,
    first_line BIGINT NOT NULL,
    last_line BIGINT NOT NULL,
    author_id TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    body TEXT NOT NULL,
    at BIGINT NOT NULL,
    -- When the other side saw it (null: new to them).
    seen_at BIGINT
);
CREATE INDEX comments_class_student_item ON comments (class_id, student_id, item, at);
CREATE INDEX comments_student ON comments (student_id, item);

CREATE TABLE reviews (
    class_id TEXT NOT NULL REFERENCES classes (id) ON DELETE CASCADE,
    student_id TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    item TEXT NOT NULL,
    verdict TEXT NOT NULL CHECK (verdict IN ('accepted', 'sent_back')),
    note TEXT NOT NULL,
    at BIGINT NOT NULL,
    -- When the student saw it (null: new to them).
    seen_at BIGINT,
    PRIMARY KEY (class_id, student_id, item)
);
CREATE INDEX reviews_student ON reviews (student_id, item);
