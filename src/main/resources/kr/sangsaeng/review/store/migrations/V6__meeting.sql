-- The committee meeting (docs/meeting.md): the round's pledge and who confirmed it, reviewers'
-- declared affiliations, conflicts of interest per reviewer and case, and notes per case.
-- Plain SQL that another database can mirror: no WITHOUT ROWID, times as ISO-8601 text.

-- The pledge (서약서) reviewers confirm before scoring; one per round. sample = 1 marks the
-- demo's example text, shown labelled as an example until someone edits it.
CREATE TABLE pledge (
    id          INTEGER PRIMARY KEY CHECK (id = 1),
    text        TEXT    NOT NULL,
    sample      INTEGER NOT NULL DEFAULT 0 CHECK (sample IN (0, 1)),
    updated_by  TEXT    NOT NULL,
    updated_at  TEXT    NOT NULL
);

-- A reviewer's confirmation of the pledge, with the text as it stood when confirmed.
CREATE TABLE pledge_confirmation (
    reviewer_id   INTEGER PRIMARY KEY REFERENCES reviewer (id) ON DELETE CASCADE,
    pledge_text   TEXT    NOT NULL,
    confirmed_by  TEXT    NOT NULL,
    confirmed_at  TEXT    NOT NULL
);

-- Organisations a reviewer declares (employer, board seats, advisory roles).
CREATE TABLE affiliation (
    id           INTEGER PRIMARY KEY,
    reviewer_id  INTEGER NOT NULL REFERENCES reviewer (id) ON DELETE CASCADE,
    name         TEXT    NOT NULL CHECK (length(name) > 0),
    UNIQUE (reviewer_id, name)
);

-- A conflict of interest: exclusion (제척, mandatory), challenge (기피, by a party) or recusal
-- (회피, voluntary). The reviewer's review of the case is recused with it, so the scores never count.
CREATE TABLE conflict (
    reviewer_id    INTEGER NOT NULL REFERENCES reviewer (id) ON DELETE CASCADE,
    submission_id  INTEGER NOT NULL REFERENCES submission (id) ON DELETE CASCADE,
    kind           TEXT    NOT NULL CHECK (kind IN ('exclusion', 'challenge', 'recusal')),
    reason         TEXT    NOT NULL DEFAULT '',
    declared_by    TEXT    NOT NULL,
    declared_at    TEXT    NOT NULL,
    PRIMARY KEY (reviewer_id, submission_id)
);
CREATE INDEX conflict_submission ON conflict (submission_id);

-- Notes per case: a reviewer's private note, the panel's shared discussion notes, the chair's
-- minutes. The id is a UUID so that notes carried in score packs merge by id, never twice.
CREATE TABLE case_note (
    id             TEXT    PRIMARY KEY,
    submission_id  INTEGER NOT NULL REFERENCES submission (id) ON DELETE CASCADE,
    kind           TEXT    NOT NULL CHECK (kind IN ('private', 'shared', 'minutes')),
    author         TEXT    NOT NULL,
    text           TEXT    NOT NULL,
    created_at     TEXT    NOT NULL,
    updated_at     TEXT    NOT NULL
);
CREATE INDEX case_note_submission ON case_note (submission_id);
