-- Review file schema, version 1. One file holds one award round.
-- Times are ISO-8601 instants in UTC (e.g. 2022-12-14T09:30:00Z); booleans are 0/1.

CREATE TABLE round (
    id          INTEGER PRIMARY KEY CHECK (id = 1),
    name        TEXT    NOT NULL,
    year        INTEGER NOT NULL,
    organisers  TEXT    NOT NULL DEFAULT '',
    blind_mode  INTEGER NOT NULL DEFAULT 0 CHECK (blind_mode IN (0, 1))
);

CREATE TABLE platform (
    id    INTEGER PRIMARY KEY,
    name  TEXT NOT NULL UNIQUE
);

CREATE TABLE submission (
    id           INTEGER PRIMARY KEY,
    ref          TEXT    NOT NULL UNIQUE,
    platform_id  INTEGER NOT NULL REFERENCES platform (id),
    title        TEXT    NOT NULL,
    summary      TEXT    NOT NULL DEFAULT '',
    status       TEXT    NOT NULL DEFAULT 'submitted'
                 CHECK (status IN ('submitted', 'under_review', 'withdrawn'))
);
CREATE INDEX submission_platform ON submission (platform_id);

CREATE TABLE submission_area (
    submission_id  INTEGER NOT NULL REFERENCES submission (id) ON DELETE CASCADE,
    area           TEXT    NOT NULL CHECK (area IN ('management', 'financial', 'sales_channel')),
    PRIMARY KEY (submission_id, area)
) WITHOUT ROWID;

CREATE TABLE metric (
    id                  INTEGER PRIMARY KEY,
    key                 TEXT    NOT NULL UNIQUE,
    label               TEXT    NOT NULL,
    unit                TEXT    NOT NULL DEFAULT '',
    higher_is_better    INTEGER NOT NULL DEFAULT 1 CHECK (higher_is_better IN (0, 1)),
    baseline_metric_id  INTEGER REFERENCES metric (id) ON DELETE SET NULL,
    position            INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE metric_value (
    submission_id  INTEGER NOT NULL REFERENCES submission (id) ON DELETE CASCADE,
    metric_id      INTEGER NOT NULL REFERENCES metric (id) ON DELETE CASCADE,
    value          REAL    NOT NULL,
    approximate    INTEGER NOT NULL DEFAULT 0 CHECK (approximate IN (0, 1)),
    as_written     TEXT    NOT NULL DEFAULT '',
    PRIMARY KEY (submission_id, metric_id)
) WITHOUT ROWID;
CREATE INDEX metric_value_metric ON metric_value (metric_id);

CREATE TABLE criterion (
    id         INTEGER PRIMARY KEY,
    key        TEXT    NOT NULL UNIQUE,
    label      TEXT    NOT NULL,
    weight     REAL    NOT NULL CHECK (weight >= 0),
    scale_min  REAL    NOT NULL,
    scale_max  REAL    NOT NULL,
    guidance   TEXT    NOT NULL DEFAULT '',
    position   INTEGER NOT NULL DEFAULT 0,
    CHECK (scale_min < scale_max)
);

CREATE TABLE reviewer (
    id    INTEGER PRIMARY KEY,
    name  TEXT NOT NULL UNIQUE,
    role  TEXT NOT NULL DEFAULT ''
);

CREATE TABLE score (
    reviewer_id    INTEGER NOT NULL REFERENCES reviewer (id) ON DELETE CASCADE,
    submission_id  INTEGER NOT NULL REFERENCES submission (id) ON DELETE CASCADE,
    criterion_id   INTEGER NOT NULL REFERENCES criterion (id),
    value          REAL    NOT NULL,
    updated_at     TEXT    NOT NULL,
    PRIMARY KEY (reviewer_id, submission_id, criterion_id)
) WITHOUT ROWID;
CREATE INDEX score_submission ON score (submission_id);
CREATE INDEX score_criterion ON score (criterion_id);

CREATE TABLE review (
    reviewer_id    INTEGER NOT NULL REFERENCES reviewer (id) ON DELETE CASCADE,
    submission_id  INTEGER NOT NULL REFERENCES submission (id) ON DELETE CASCADE,
    comment        TEXT    NOT NULL DEFAULT '',
    recused        INTEGER NOT NULL DEFAULT 0 CHECK (recused IN (0, 1)),
    recuse_reason  TEXT    NOT NULL DEFAULT '',
    final          INTEGER NOT NULL DEFAULT 0 CHECK (final IN (0, 1)),
    updated_at     TEXT    NOT NULL,
    PRIMARY KEY (reviewer_id, submission_id)
) WITHOUT ROWID;
CREATE INDEX review_submission ON review (submission_id);

CREATE TABLE decision (
    submission_id  INTEGER PRIMARY KEY REFERENCES submission (id) ON DELETE CASCADE,
    kind           TEXT    NOT NULL CHECK (kind IN ('shortlisted', 'awarded', 'declined')),
    note           TEXT    NOT NULL DEFAULT '',
    decided_at     TEXT    NOT NULL
);

-- Every change to scores, reviews and decisions. Never updated or deleted by the app.
CREATE TABLE audit_log (
    id          INTEGER PRIMARY KEY,
    at          TEXT NOT NULL,
    actor       TEXT NOT NULL,
    entity      TEXT NOT NULL,
    entity_key  TEXT NOT NULL,
    old_value   TEXT,
    new_value   TEXT
);
CREATE INDEX audit_log_entity ON audit_log (entity, entity_key);

-- The record of how each exported shortlist was produced (JSON text).
CREATE TABLE decision_record (
    id          INTEGER PRIMARY KEY,
    created_at  TEXT NOT NULL,
    record      TEXT NOT NULL
);

-- Settings that belong to this file, e.g. the reviewer last chosen on this computer.
CREATE TABLE setting (
    key    TEXT PRIMARY KEY,
    value  TEXT NOT NULL
) WITHOUT ROWID;
