-- The meeting's agenda in the chair's order (docs/meeting.md): one row per case the chair placed,
-- so that a reordered agenda survives closing and reopening the file. Cases without a row follow
-- in the order the app builds from the results.
CREATE TABLE agenda_position (
    submission_id  INTEGER PRIMARY KEY REFERENCES submission (id) ON DELETE CASCADE,
    position       INTEGER NOT NULL CHECK (position >= 0),
    placed_by      TEXT    NOT NULL,
    placed_at      TEXT    NOT NULL
);
