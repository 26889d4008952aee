-- The platforms' submitted documents, kept inside the review file so the file stays the one thing
-- to copy, back up and archive (docs/documents.md). Identical content is stored once, keyed by its
-- SHA-256, in chunks of at most 1 MiB so that neither writing nor reading holds a whole file in memory.

CREATE TABLE document_content (
    sha256      TEXT    PRIMARY KEY CHECK (length(sha256) = 64),
    bytes       INTEGER NOT NULL CHECK (bytes > 0),
    media_type  TEXT    NOT NULL,
    pages       INTEGER CHECK (pages IS NULL OR pages >= 0)
);

-- A rowid table, not WITHOUT ROWID: SQLite keeps large values in overflow pages best there.
CREATE TABLE document_chunk (
    id      INTEGER PRIMARY KEY,
    sha256  TEXT    NOT NULL REFERENCES document_content (sha256) ON DELETE CASCADE,
    seq     INTEGER NOT NULL CHECK (seq >= 0),
    data    BLOB    NOT NULL,
    UNIQUE (sha256, seq)
);

CREATE TABLE document (
    id             INTEGER PRIMARY KEY,
    submission_id  INTEGER NOT NULL REFERENCES submission (id) ON DELETE CASCADE,
    name           TEXT    NOT NULL CHECK (length(name) > 0),
    sha256         TEXT    NOT NULL REFERENCES document_content (sha256),
    added_by       TEXT    NOT NULL,
    added_at       TEXT    NOT NULL,
    UNIQUE (submission_id, sha256)
);
CREATE INDEX document_content_use ON document (sha256);

-- A reported figure pinned to the page of a document that proves it (one pin per figure).
CREATE TABLE evidence_pin (
    id             INTEGER PRIMARY KEY,
    submission_id  INTEGER NOT NULL,
    metric_id      INTEGER NOT NULL,
    document_id    INTEGER NOT NULL REFERENCES document (id) ON DELETE CASCADE,
    page           INTEGER NOT NULL CHECK (page >= 1),
    quote          TEXT    NOT NULL DEFAULT '',
    status         TEXT    NOT NULL DEFAULT 'unverified'
                   CHECK (status IN ('verified', 'unverified', 'contradicted')),
    note           TEXT    NOT NULL DEFAULT '',
    updated_by     TEXT    NOT NULL,
    updated_at     TEXT    NOT NULL,
    UNIQUE (submission_id, metric_id),
    FOREIGN KEY (submission_id, metric_id) REFERENCES metric_value (submission_id, metric_id) ON DELETE CASCADE
);
CREATE INDEX evidence_pin_document ON evidence_pin (document_id);
