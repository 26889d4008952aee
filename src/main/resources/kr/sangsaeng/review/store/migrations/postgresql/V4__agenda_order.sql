-- Server round schema, version 4: the agenda in the chair's order, mirroring the review file's
-- migration V7__agenda_order.sql (docs/meeting.md).
CREATE TABLE agenda_position (
    submission_id  bigint  PRIMARY KEY REFERENCES submission (id) ON DELETE CASCADE DEFERRABLE,
    position       integer NOT NULL CHECK (position >= 0),
    placed_by      text    NOT NULL,
    placed_at      text    NOT NULL
);
