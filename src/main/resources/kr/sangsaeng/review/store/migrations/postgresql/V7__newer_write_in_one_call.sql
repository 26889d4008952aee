-- Server round schema, version 7 (docs/server-mode.md, "Connection lost"):
-- A score kept while the connection was lost and sent later must not overwrite a score another
-- window saved after it was made (the newer-write rule). Checked by the client before it writes,
-- another window's save could land between the check and the write; save_score() now makes the
-- check itself, after it has locked the row, so nothing lands in between.

-- As V6's save_score, and with p_refuse_newer also: returns 6, writing nothing, when the stored
-- score was written after p_at (the time the kept score was made) and holds another value.
-- The same value stored later is not refused (a change sent twice finds its own value: 0).
CREATE FUNCTION save_score(p_reviewer bigint, p_submission bigint, p_criterion bigint, p_value double precision,
        p_at text, p_now text, p_value_text text, p_checked boolean, p_refuse_newer boolean) RETURNS integer
    LANGUAGE plpgsql SET search_path = public AS $$
DECLARE
    old_value double precision;
    old_at text;
    lo double precision;
    hi double precision;
    inserted boolean := false;
BEGIN
    IF p_checked THEN
        IF EXISTS (SELECT 1 FROM pledge p WHERE p.id = 1 AND NOT EXISTS (
                SELECT 1 FROM pledge_confirmation k WHERE k.reviewer_id = p_reviewer AND k.pledge_text = p.text)) THEN
            RETURN 2;
        END IF;
        SELECT scale_min, scale_max INTO lo, hi FROM criterion WHERE id = p_criterion;
        IF NOT FOUND THEN
            RETURN 4;
        END IF;
        IF NOT (p_value >= lo AND p_value <= hi) THEN
            RETURN 3;
        END IF;
    END IF;
    IF EXISTS (SELECT 1 FROM review WHERE reviewer_id = p_reviewer AND submission_id = p_submission AND final <> 0) THEN
        RETURN 5;
    END IF;
    SELECT value, updated_at INTO old_value, old_at FROM score
        WHERE reviewer_id = p_reviewer AND submission_id = p_submission AND criterion_id = p_criterion FOR UPDATE;
    IF NOT FOUND THEN
        INSERT INTO score (reviewer_id, submission_id, criterion_id, value, updated_at)
            VALUES (p_reviewer, p_submission, p_criterion, p_value, p_at)
            ON CONFLICT (reviewer_id, submission_id, criterion_id) DO NOTHING;
        inserted := FOUND;
        IF NOT inserted THEN
            -- Another connection inserted it since: wait for its row and take its value as the old one.
            SELECT value, updated_at INTO old_value, old_at FROM score
                WHERE reviewer_id = p_reviewer AND submission_id = p_submission AND criterion_id = p_criterion FOR UPDATE;
        END IF;
    END IF;
    IF NOT inserted THEN
        -- The row is locked and read as last committed: no other write lands before this one.
        IF p_refuse_newer AND old_value <> p_value AND old_at::timestamptz > p_at::timestamptz THEN
            RETURN 6;
        END IF;
        IF old_value = p_value THEN
            IF p_at::timestamptz > old_at::timestamptz THEN
                UPDATE score SET updated_at = p_at
                    WHERE reviewer_id = p_reviewer AND submission_id = p_submission AND criterion_id = p_criterion;
            END IF;
            RETURN 0;
        END IF;
        UPDATE score SET value = p_value, updated_at = p_at
            WHERE reviewer_id = p_reviewer AND submission_id = p_submission AND criterion_id = p_criterion;
    END IF;
    INSERT INTO audit_log (at, actor, entity, entity_key, old_value, new_value)
        VALUES (p_now, session_user, 'score',
                coalesce((SELECT ref FROM submission WHERE id = p_submission) || '/'
                    || (SELECT key FROM criterion WHERE id = p_criterion) || '/'
                    || (SELECT name FROM reviewer WHERE id = p_reviewer), '?'),
                score_text(old_value), p_value_text);
    PERFORM pg_notify('sangsaeng_round', '');
    RETURN 1;
END $$;

-- V6's eight-argument call, which an app of version 6 still sends, is the same save without the rule.
CREATE OR REPLACE FUNCTION save_score(p_reviewer bigint, p_submission bigint, p_criterion bigint, p_value double precision,
        p_at text, p_now text, p_value_text text, p_checked boolean) RETURNS integer
    LANGUAGE sql SET search_path = public AS $$
    SELECT save_score(p_reviewer, p_submission, p_criterion, p_value, p_at, p_now, p_value_text, p_checked, false)
$$;
