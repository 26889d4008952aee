-- Server round schema, version 5 (docs/server-mode.md, "Roles enforced by the server"):
-- 1. The meeting's tables (V3) for reviewer logins: a reviewer reads the pledge, confirmations,
--    affiliations and conflicts, and writes only rows that are their own; case notes follow their
--    kind: a private note is read and written by its author only, shared notes are read by the
--    whole panel and written by their author, the minutes are read by all and written by the
--    secretary alone.
-- 2. Blind mode: a reviewer reads cases and platforms through views that leave out platform names
--    while the round is blind; the platform table itself is closed to them.
-- 3. The decision record holds panel figures: like scores, a reviewer reads it once their own
--    reviews are final.
-- The secretary (the database's owner) is not limited by these policies, as in V2.

-- True for a login that is a member of this round's reviewer group (mapped or not). Membership is
-- read from the catalogue: pg_has_role is true for every superuser, and the secretary may be one.
CREATE FUNCTION is_reviewer() RETURNS boolean LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$
    SELECT EXISTS (SELECT 1 FROM pg_auth_members m
                   JOIN pg_roles g ON g.oid = m.roleid JOIN pg_roles u ON u.oid = m.member
                   WHERE g.rolname = current_database() || '_reviewer' AND u.rolname = session_user)
$$;

CREATE FUNCTION names_hidden() RETURNS boolean LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$
    SELECT is_reviewer() AND coalesce((SELECT blind_mode = 1 FROM round WHERE id = 1), false)
$$;

-- Views run with their owner's rights: a reviewer reads them without any right on platform.
-- names_hidden() is asked once per query (an uncorrelated subquery), not once per row: per row, the
-- catalogue lookups behind it made reading 10,000 cases take 27 s instead of 0.09 s.
CREATE VIEW platform_seen WITH (security_barrier) AS
    SELECT p.id, CASE WHEN (SELECT names_hidden()) THEN '' ELSE p.name END AS name FROM platform p;

CREATE VIEW case_seen WITH (security_barrier) AS
    SELECT s.id, s.ref, s.platform_id, CASE WHEN (SELECT names_hidden()) THEN '' ELSE p.name END AS platform_name,
           s.title, s.summary, s.status
    FROM submission s JOIN platform p ON p.id = s.platform_id;

-- The same for V2's policies: (SELECT f()) is evaluated once per statement, f() once per row, and a
-- reviewer's rank reads every score.
DROP POLICY score_read ON score;
DROP POLICY score_insert ON score;
DROP POLICY score_update ON score;
DROP POLICY score_delete ON score;
CREATE POLICY score_read ON score FOR SELECT
    USING (reviewer_id = (SELECT current_reviewer()) OR (SELECT reviewer_finalised(current_reviewer())));
CREATE POLICY score_insert ON score FOR INSERT WITH CHECK (reviewer_id = (SELECT current_reviewer()));
CREATE POLICY score_update ON score FOR UPDATE
    USING (reviewer_id = (SELECT current_reviewer())) WITH CHECK (reviewer_id = (SELECT current_reviewer()));
CREATE POLICY score_delete ON score FOR DELETE USING (reviewer_id = (SELECT current_reviewer()));
DROP POLICY review_read ON review;
CREATE POLICY review_read ON review FOR SELECT
    USING (reviewer_id = (SELECT current_reviewer()) OR (SELECT reviewer_finalised(current_reviewer())));
DROP POLICY audit_read ON audit_log;
CREATE POLICY audit_read ON audit_log FOR SELECT
    USING (actor = session_user OR (SELECT reviewer_finalised(current_reviewer())));

-- A note written by a reviewer names their login, whatever name the client sent (as audit rows do).
CREATE FUNCTION note_author() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
BEGIN
    IF is_reviewer() THEN
        NEW.author := session_user;
    END IF;
    RETURN NEW;
END $$;
CREATE TRIGGER note_author BEFORE INSERT OR UPDATE ON case_note FOR EACH ROW EXECUTE FUNCTION note_author();

ALTER TABLE pledge_confirmation ENABLE ROW LEVEL SECURITY;
CREATE POLICY confirmation_read ON pledge_confirmation FOR SELECT USING (true);
CREATE POLICY confirmation_insert ON pledge_confirmation FOR INSERT WITH CHECK (reviewer_id = current_reviewer());
CREATE POLICY confirmation_update ON pledge_confirmation FOR UPDATE
    USING (reviewer_id = current_reviewer()) WITH CHECK (reviewer_id = current_reviewer());

ALTER TABLE affiliation ENABLE ROW LEVEL SECURITY;
CREATE POLICY affiliation_read ON affiliation FOR SELECT USING (true);
CREATE POLICY affiliation_insert ON affiliation FOR INSERT WITH CHECK (reviewer_id = current_reviewer());
CREATE POLICY affiliation_update ON affiliation FOR UPDATE
    USING (reviewer_id = current_reviewer()) WITH CHECK (reviewer_id = current_reviewer());
CREATE POLICY affiliation_delete ON affiliation FOR DELETE USING (reviewer_id = current_reviewer());

ALTER TABLE conflict ENABLE ROW LEVEL SECURITY;
CREATE POLICY conflict_read ON conflict FOR SELECT USING (true);
CREATE POLICY conflict_insert ON conflict FOR INSERT WITH CHECK (reviewer_id = current_reviewer());
CREATE POLICY conflict_update ON conflict FOR UPDATE
    USING (reviewer_id = current_reviewer()) WITH CHECK (reviewer_id = current_reviewer());
CREATE POLICY conflict_delete ON conflict FOR DELETE USING (reviewer_id = current_reviewer());

ALTER TABLE case_note ENABLE ROW LEVEL SECURITY;
CREATE POLICY note_read ON case_note FOR SELECT USING (kind <> 'private' OR author = session_user);
CREATE POLICY note_insert ON case_note FOR INSERT
    WITH CHECK (kind IN ('private', 'shared') AND author = session_user);
CREATE POLICY note_update ON case_note FOR UPDATE
    USING (kind IN ('private', 'shared') AND author = session_user)
    WITH CHECK (kind IN ('private', 'shared') AND author = session_user);
CREATE POLICY note_delete ON case_note FOR DELETE USING (kind IN ('private', 'shared') AND author = session_user);

ALTER TABLE decision_record ENABLE ROW LEVEL SECURITY;
CREATE POLICY decision_record_read ON decision_record FOR SELECT USING (reviewer_finalised(current_reviewer()));

DO $$
DECLARE
    grp text := current_database() || '_reviewer';
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = grp) THEN
        EXECUTE format('CREATE ROLE %I NOLOGIN', grp);
    END IF;
    EXECUTE format('REVOKE ALL ON platform FROM %I', grp);
    EXECUTE format('GRANT SELECT ON platform_seen, case_seen TO %I', grp);
    EXECUTE format('GRANT SELECT ON pledge TO %I', grp);
    -- The agenda (V4) is the chair's to order; the panel reads it.
    EXECUTE format('GRANT SELECT ON agenda_position TO %I', grp);
    EXECUTE format('GRANT SELECT, INSERT, UPDATE ON pledge_confirmation TO %I', grp);
    EXECUTE format('GRANT SELECT, INSERT, UPDATE, DELETE ON affiliation, conflict, case_note TO %I', grp);
    EXECUTE format('GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO %I', grp);
END $$;
