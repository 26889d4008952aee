package kr.sangsaeng.review.store;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import kr.sangsaeng.review.model.Affiliation;
import kr.sangsaeng.review.model.Conflict;
import kr.sangsaeng.review.model.ConflictKind;

/**
 * Declared affiliations and conflicts of interest. A conflict recuses the reviewer's review of the
 * case in the same transaction, even on a finalised sheet, because the scores of a conflicted
 * reviewer must never count (docs/meeting.md); lifting it lifts that recusal. All audited.
 */
public final class ConflictDao {
    private static final String SELECT = "SELECT reviewer_id, submission_id, kind, reason, declared_by, declared_at FROM conflict";
    private final Db db;
    private final AuditDao audit;

    ConflictDao(Db db, AuditDao audit) {
        this.db = db;
        this.audit = audit;
    }

    public List<Affiliation> affiliations() {
        return db.query("SELECT id, reviewer_id, name FROM affiliation ORDER BY reviewer_id, id",
                rs -> new Affiliation(rs.getLong("id"), rs.getLong("reviewer_id"), rs.getString("name")));
    }

    /** Replaces a reviewer's affiliations with {@code names}; audited once with the old and new lists. */
    public void setAffiliations(long reviewerId, List<String> names, String actor) {
        db.inTransaction(() -> {
            List<String> old = db.query("SELECT name FROM affiliation WHERE reviewer_id = ? ORDER BY id",
                    rs -> rs.getString(1), reviewerId);
            if (old.equals(names)) {
                return null;
            }
            db.update("DELETE FROM affiliation WHERE reviewer_id = ?", reviewerId);
            for (String n : names) {
                db.insert("INSERT INTO affiliation (reviewer_id, name) VALUES (?, ?)", reviewerId, n);
            }
            audit.append(actor, "affiliation", reviewer(reviewerId), String.join("; ", old), String.join("; ", names));
            return null;
        });
    }

    public List<Conflict> findAll() {
        return db.query(SELECT + " ORDER BY submission_id, reviewer_id", ConflictDao::map);
    }

    public Optional<Conflict> find(long reviewerId, long submissionId) {
        return db.queryOne(SELECT + " WHERE reviewer_id = ? AND submission_id = ?", ConflictDao::map, reviewerId,
                submissionId);
    }

    public void put(Conflict c, String actor) {
        db.inTransaction(() -> {
            Optional<Conflict> old = find(c.reviewerId(), c.submissionId());
            db.update("""
                    INSERT INTO conflict (reviewer_id, submission_id, kind, reason, declared_by, declared_at)
                    VALUES (?, ?, ?, ?, ?, ?)
                    ON CONFLICT (reviewer_id, submission_id) DO UPDATE SET kind = excluded.kind,
                        reason = excluded.reason, declared_by = excluded.declared_by, declared_at = excluded.declared_at""",
                    c.reviewerId(), c.submissionId(), c.kind().key(), c.reason(), actor, c.declaredAt());
            String reason = c.kind().term() + (c.reason().isEmpty() ? "" : ": " + c.reason());
            db.update("""
                    INSERT INTO review (reviewer_id, submission_id, recused, recuse_reason, updated_at) VALUES (?, ?, 1, ?, ?)
                    ON CONFLICT (reviewer_id, submission_id) DO UPDATE SET recused = 1,
                        recuse_reason = excluded.recuse_reason, updated_at = excluded.updated_at""",
                    c.reviewerId(), c.submissionId(), reason, Instant.now());
            audit.append(actor, "conflict", key(c.reviewerId(), c.submissionId()), old.map(ConflictDao::describe)
                    .orElse(null), describe(c));
            return null;
        });
    }

    public boolean delete(long reviewerId, long submissionId, String actor) {
        return db.inTransaction(() -> {
            Optional<Conflict> old = find(reviewerId, submissionId);
            if (old.isEmpty()) {
                return false;
            }
            db.update("DELETE FROM conflict WHERE reviewer_id = ? AND submission_id = ?", reviewerId, submissionId);
            db.update("UPDATE review SET recused = 0, recuse_reason = '', updated_at = ? WHERE reviewer_id = ?"
                    + " AND submission_id = ?", Instant.now(), reviewerId, submissionId);
            audit.append(actor, "conflict", key(reviewerId, submissionId), describe(old.get()), null);
            return true;
        });
    }

    private String key(long reviewerId, long submissionId) {
        String ref = db.queryOne("SELECT ref FROM submission WHERE id = ?", rs -> rs.getString(1), submissionId).orElse("?");
        return ref + "/" + reviewer(reviewerId);
    }

    private String reviewer(long reviewerId) {
        return db.queryOne("SELECT name FROM reviewer WHERE id = ?", rs -> rs.getString(1), reviewerId).orElse("?");
    }

    private static String describe(Conflict c) {
        return c.kind().key() + (c.reason().isEmpty() ? "" : ": " + c.reason());
    }

    private static Conflict map(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Conflict(rs.getLong("reviewer_id"), rs.getLong("submission_id"), ConflictKind.fromKey(rs.getString("kind")),
                rs.getString("reason"), rs.getString("declared_by"), Rows.instant(rs, "declared_at"));
    }
}
