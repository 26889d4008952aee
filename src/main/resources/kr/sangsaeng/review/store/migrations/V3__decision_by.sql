-- Who recorded each committee decision, so exports can say who decided what and when.
-- Decisions made before this column existed take the actor of their latest audit entry.
ALTER TABLE decision ADD COLUMN decided_by TEXT NOT NULL DEFAULT '';

UPDATE decision SET decided_by = COALESCE((
    SELECT a.actor FROM audit_log a
    WHERE a.entity = 'decision'
      AND a.entity_key = (SELECT s.ref FROM submission s WHERE s.id = decision.submission_id)
    ORDER BY a.id DESC LIMIT 1), '');
