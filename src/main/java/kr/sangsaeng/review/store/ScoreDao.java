package kr.sangsaeng.review.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import kr.sangsaeng.review.model.Score;
import kr.sangsaeng.review.model.ScoreColumns;

/** Scores, each change written to the audit log in the same transaction. */
public final class ScoreDao {
    private static final String SELECT = "SELECT reviewer_id, submission_id, criterion_id, value, updated_at FROM score";
    private static final String KEY = """
            (SELECT ref FROM submission WHERE id = ?) || '/' || (SELECT key FROM criterion WHERE id = ?)
            || '/' || (SELECT name FROM reviewer WHERE id = ?)""";

    private final Db db;
    private final AuditDao audit;

    ScoreDao(Db db, AuditDao audit) {
        this.db = db;
        this.audit = audit;
    }

    public List<Score> findAll() {
        return db.query(SELECT + " ORDER BY submission_id, reviewer_id, criterion_id", ScoreDao::map);
    }

    /**
     * Every score's value, in no particular order and without its timestamp: what the analysis
     * needs, read several times faster than {@link #findAll()} on a round of a million scores,
     * because nothing is sorted, no timestamp parsed and no object kept per score.
     */
    public ScoreColumns findAllValues() {
        ScoreColumns.Builder columns = new ScoreColumns.Builder();
        db.forEachRow("SELECT reviewer_id, submission_id, criterion_id, value FROM score",
                rs -> columns.add(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getDouble(4)));
        return columns.build();
    }

    public List<Score> findByReviewer(long reviewerId) {
        return db.query(SELECT + " WHERE reviewer_id = ? ORDER BY submission_id, criterion_id", ScoreDao::map, reviewerId);
    }

    public Optional<Score> find(long reviewerId, long submissionId, long criterionId) {
        return db.queryOne(SELECT + " WHERE reviewer_id = ? AND submission_id = ? AND criterion_id = ?",
                ScoreDao::map, reviewerId, submissionId, criterionId);
    }

    public int count() {
        return db.queryOne("SELECT count(*) FROM score", rs -> rs.getInt(1)).orElse(0);
    }

    /**
     * Saves a score in its own transaction (or the caller's). When this returns the score is on disk.
     * Returns false when the stored value was already the same (nothing written).
     *
     * @throws ReviewLockedException when the reviewer has finalised this review
     */
    public boolean put(Score s, String actor) {
        return db.inTransaction(() -> {
            requireOpen(s.reviewerId(), s.submissionId());
            Optional<Score> old = find(s.reviewerId(), s.submissionId(), s.criterionId());
            if (old.isPresent() && old.get().value() == s.value()) {
                return false;
            }
            db.update("""
                    INSERT INTO score (reviewer_id, submission_id, criterion_id, value, updated_at) VALUES (?, ?, ?, ?, ?)
                    ON CONFLICT (reviewer_id, submission_id, criterion_id)
                    DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at""",
                    s.reviewerId(), s.submissionId(), s.criterionId(), s.value(), s.updatedAt());
            audit.append(actor, "score", key(s.reviewerId(), s.submissionId(), s.criterionId()),
                    old.map(o -> number(o.value())).orElse(null), number(s.value()));
            return true;
        });
    }

    /** Clears a score (e.g. undoing the first score of a criterion). */
    public boolean delete(long reviewerId, long submissionId, long criterionId, String actor) {
        return db.inTransaction(() -> {
            requireOpen(reviewerId, submissionId);
            Optional<Score> old = find(reviewerId, submissionId, criterionId);
            if (old.isEmpty()) {
                return false;
            }
            audit.append(actor, "score", key(reviewerId, submissionId, criterionId), number(old.get().value()), null);
            db.update("DELETE FROM score WHERE reviewer_id = ? AND submission_id = ? AND criterion_id = ?",
                    reviewerId, submissionId, criterionId);
            return true;
        });
    }

    private void requireOpen(long reviewerId, long submissionId) {
        boolean locked = db.queryOne("SELECT final FROM review WHERE reviewer_id = ? AND submission_id = ?",
                rs -> rs.getInt(1) != 0, reviewerId, submissionId).orElse(false);
        if (locked) {
            throw new ReviewLockedException();
        }
    }

    private String key(long reviewerId, long submissionId, long criterionId) {
        return db.queryOne("SELECT " + KEY, rs -> rs.getString(1), submissionId, criterionId, reviewerId).orElse("?");
    }

    static String number(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
    }

    private static Score map(ResultSet rs) throws SQLException {
        return new Score(rs.getLong("reviewer_id"), rs.getLong("submission_id"), rs.getLong("criterion_id"),
                rs.getDouble("value"), Rows.instant(rs, "updated_at"));
    }
}
