package kr.sangsaeng.review.store;

import java.util.List;
import java.util.Optional;
import kr.sangsaeng.review.model.Decision;
import kr.sangsaeng.review.model.DecisionKind;

/** The committee's decisions, audited; the acting person is stored as who decided. */
public final class DecisionDao {
    private static final String SELECT = "SELECT submission_id, kind, note, decided_at, decided_by FROM decision";

    private final Db db;
    private final AuditDao audit;

    DecisionDao(Db db, AuditDao audit) {
        this.db = db;
        this.audit = audit;
    }

    public List<Decision> findAll() {
        return db.query(SELECT + " ORDER BY submission_id", DecisionDao::map);
    }

    public Optional<Decision> find(long submissionId) {
        return db.queryOne(SELECT + " WHERE submission_id = ?", DecisionDao::map, submissionId);
    }

    public void put(Decision d, String actor) {
        db.inTransaction(() -> {
            Optional<Decision> old = find(d.submissionId());
            db.update("""
                    INSERT INTO decision (submission_id, kind, note, decided_at, decided_by) VALUES (?, ?, ?, ?, ?)
                    ON CONFLICT (submission_id) DO UPDATE SET kind = excluded.kind, note = excluded.note,
                        decided_at = excluded.decided_at, decided_by = excluded.decided_by""",
                    d.submissionId(), d.kind().key(), d.note(), d.decidedAt(), actor);
            audit.append(actor, "decision", ref(d.submissionId()), old.map(DecisionDao::describe).orElse(null), describe(d));
            return null;
        });
    }

    public void clear(long submissionId, String actor) {
        db.inTransaction(() -> {
            Optional<Decision> old = find(submissionId);
            if (old.isPresent()) {
                db.update("DELETE FROM decision WHERE submission_id = ?", submissionId);
                audit.append(actor, "decision", ref(submissionId), describe(old.get()), null);
            }
            return null;
        });
    }

    private String ref(long submissionId) {
        return db.queryOne("SELECT ref FROM submission WHERE id = ?", rs -> rs.getString(1), submissionId).orElse("?");
    }

    private static String describe(Decision d) {
        return d.note().isEmpty() ? d.kind().key() : d.kind().key() + ": " + d.note();
    }

    private static Decision map(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Decision(rs.getLong("submission_id"), DecisionKind.fromKey(rs.getString("kind")), rs.getString("note"),
                Rows.instant(rs, "decided_at"), rs.getString("decided_by"));
    }
}
