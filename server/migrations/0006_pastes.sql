-- The sizes (in characters) of what the student pasted into the editor before a run, comma
-- separated; empty when nothing was. Only sizes: never what was pasted.
ALTER TABLE attempts ADD COLUMN pasted TEXT NOT NULL DEFAULT '';
