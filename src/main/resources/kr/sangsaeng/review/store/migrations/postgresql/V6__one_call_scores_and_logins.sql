-- Server round schema, version 6 (docs/server-mode.md):
-- 1. A score is checked, saved, audited and announced by one call, save_score(), so a reviewer's
--    acknowledged score costs one round trip to the server instead of about ten.
-- 2. Every audit row names the database login, the secretary's own rows included: the client's
--    name is never used on a server.
-- 3. Only the logins that sit on this round connect to its database: CONNECT is taken from PUBLIC;
--    the round's reviewer group (V2) and the owner (the secretary) keep it.
-- 4. Removing a reviewer's login (or the reviewer) takes the login out of the round's reviewer
--    group, so it neither connects to nor reads or writes the round; a login that sits on no other
--    round of the server can no longer log in at all. Its audit rows stay, naming it.

-- Every audit row names the login that connected (session_user: inside a SECURITY DEFINER function
-- current_user is the function's owner). Publishing copies a file's history with this trigger
-- disabled (store.RoundTransfer), so old rows keep the names they were written with.
CREATE OR REPLACE FUNCTION audit_login() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
BEGIN
    NEW.actor := session_user;
    RETURN NEW;
END $$;

-- A score's value as the audit log writes it (store.ScoreDao.number): whole numbers without a
-- fraction, others in their shortest form.
CREATE FUNCTION score_text(v double precision) RETURNS text LANGUAGE sql IMMUTABLE AS $$
    SELECT CASE WHEN v = trunc(v) AND abs(v) < 1e15 THEN trunc(v)::bigint::text ELSE v::text END
$$;

-- Sets one score as ScoringService.score and ScoreDao.put do, in the caller's rights (SECURITY
-- INVOKER): row-level security decides what a reviewer may write, exactly as for plain statements.
-- p_checked: also refuse an unconfirmed pledge and a value outside the criterion's scale (the
-- service's rules; a secretary's merge of score packs skips them, and the scale trigger still holds).
-- Returns 1 saved, 0 the same value was stored already (its time moves forward if p_at is later),
-- 2 the pledge is not confirmed, 3 outside the scale, 4 no such criterion, 5 the sheet is final.
-- The row is locked before its old value is read, so two windows writing the same score at once
-- are applied one after the other and each audit row holds the value it replaced.
CREATE FUNCTION save_score(p_reviewer bigint, p_submission bigint, p_criterion bigint, p_value double precision,
        p_at text, p_now text, p_value_text text, p_checked boolean) RETURNS integer
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

-- Reviewers of other rounds on the same server no longer connect here: PUBLIC loses CONNECT; the
-- reviewer group got it in V2, and the owner keeps it. (A secretary who does not own the database
-- cannot revoke it; PostgreSQL then only warns, and the round stays open to every login.)
DO $$
BEGIN
    EXECUTE format('REVOKE CONNECT ON DATABASE %I FROM PUBLIC', current_database());
END $$;

-- Runs as the owner (the secretary, who created the login and may change it) when a reviewer_login
-- row goes: by ServerRoles.removeReviewer, or with its reviewer (ON DELETE CASCADE).
CREATE FUNCTION login_removed() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
DECLARE
    grp text := current_database() || '_reviewer';
BEGIN
    IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = OLD.login) THEN
        EXECUTE format('REVOKE %I FROM %I', grp, OLD.login);
        IF NOT EXISTS (SELECT 1 FROM pg_auth_members m JOIN pg_roles g ON g.oid = m.roleid
                       JOIN pg_roles u ON u.oid = m.member
                       WHERE u.rolname = OLD.login AND g.rolname LIKE '%\_reviewer') THEN
            EXECUTE format('ALTER ROLE %I NOLOGIN', OLD.login);
        END IF;
    END IF;
    RETURN OLD;
END $$;
CREATE TRIGGER login_removed AFTER DELETE ON reviewer_login FOR EACH ROW EXECUTE FUNCTION login_removed();
