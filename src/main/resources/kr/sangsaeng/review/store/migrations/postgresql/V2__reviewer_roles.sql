-- Roles enforced by the server (docs/server-mode.md). The database's owner (who published the round)
-- is the secretary and is not limited by the policies below. Each reviewer gets a PostgreSQL login of
-- their own, member of the group role <database>_reviewer, mapped here to their reviewer row.
-- Row-level security then lets a reviewer write only their own scores and reviews, and read other
-- reviewers' scores, reviews and audit rows only once all their own reviews are final.
-- Server-only: these objects are not part of a round's tables (store.Tables) and are not archived.

CREATE TABLE reviewer_login (
    login        text   PRIMARY KEY,
    reviewer_id  bigint NOT NULL UNIQUE REFERENCES reviewer (id) ON DELETE CASCADE
);

-- SECURITY DEFINER: they read reviewer_login and review as the owner, so the policies that call them
-- do not recurse; session_user is the login that connected.
CREATE FUNCTION current_reviewer() RETURNS bigint LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$
    SELECT reviewer_id FROM reviewer_login WHERE login = session_user
$$;

CREATE FUNCTION reviewer_finalised(r bigint) RETURNS boolean LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$
    SELECT r IS NOT NULL AND EXISTS (SELECT 1 FROM review WHERE reviewer_id = r)
       AND NOT EXISTS (SELECT 1 FROM review WHERE reviewer_id = r AND final = 0)
$$;

ALTER TABLE score ENABLE ROW LEVEL SECURITY;
CREATE POLICY score_read ON score FOR SELECT
    USING (reviewer_id = current_reviewer() OR reviewer_finalised(current_reviewer()));
CREATE POLICY score_insert ON score FOR INSERT WITH CHECK (reviewer_id = current_reviewer());
CREATE POLICY score_update ON score FOR UPDATE
    USING (reviewer_id = current_reviewer()) WITH CHECK (reviewer_id = current_reviewer());
CREATE POLICY score_delete ON score FOR DELETE USING (reviewer_id = current_reviewer());

ALTER TABLE review ENABLE ROW LEVEL SECURITY;
CREATE POLICY review_read ON review FOR SELECT
    USING (reviewer_id = current_reviewer() OR reviewer_finalised(current_reviewer()));
CREATE POLICY review_insert ON review FOR INSERT WITH CHECK (reviewer_id = current_reviewer());
CREATE POLICY review_update ON review FOR UPDATE
    USING (reviewer_id = current_reviewer()) WITH CHECK (reviewer_id = current_reviewer());

-- The audit log holds old and new score values: a reviewer reads their own rows only (until final).
ALTER TABLE audit_log ENABLE ROW LEVEL SECURITY;
CREATE POLICY audit_read ON audit_log FOR SELECT
    USING (actor = session_user OR reviewer_finalised(current_reviewer()));
CREATE POLICY audit_insert ON audit_log FOR INSERT WITH CHECK (true);

-- A reviewer's audit rows name the database login, whatever name the client sent.
CREATE FUNCTION audit_login() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
BEGIN
    IF current_reviewer() IS NOT NULL THEN
        NEW.actor := session_user;
    END IF;
    RETURN NEW;
END $$;
CREATE TRIGGER audit_login BEFORE INSERT ON audit_log FOR EACH ROW EXECUTE FUNCTION audit_login();

-- The reviewers' group role: read the round, write scores, reviews and audit rows (policies narrow it).
DO $$
DECLARE
    grp text := current_database() || '_reviewer';
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = grp) THEN
        EXECUTE format('CREATE ROLE %I NOLOGIN', grp);
    END IF;
    EXECUTE format('GRANT CONNECT ON DATABASE %I TO %I', current_database(), grp);
    EXECUTE format('GRANT USAGE ON SCHEMA public TO %I', grp);
    EXECUTE format('GRANT SELECT ON ALL TABLES IN SCHEMA public TO %I', grp);
    EXECUTE format('GRANT INSERT, UPDATE, DELETE ON score TO %I', grp);
    EXECUTE format('GRANT INSERT, UPDATE ON review TO %I', grp);
    EXECUTE format('GRANT INSERT ON audit_log TO %I', grp);
    EXECUTE format('GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO %I', grp);
END $$;
