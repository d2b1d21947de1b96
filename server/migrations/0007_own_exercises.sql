-- Exercises teachers write themselves (darbnica_api::own_exercises): the exercise as its teacher
-- wrote it (`OwnExercise` as JSON), checked before it is stored, and its title (`Localized` as
-- JSON) for lists. `item` is its item key, `own/<id>`, as assignments and attempts name it.
CREATE TABLE own_exercises (
    id TEXT PRIMARY KEY NOT NULL,
    teacher_id TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    item TEXT NOT NULL UNIQUE,
    title TEXT NOT NULL,
    body TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL
);
CREATE INDEX own_exercises_teacher ON own_exercises (teacher_id, updated_at);
