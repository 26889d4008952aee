package kr.sangsaeng.review.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import kr.sangsaeng.review.model.Review;

/** Reviews (comment, recusal, finalisation) of each reviewer × submission, audited. */
public final class ReviewDao {
    private static final String SELECT = "SELECT reviewer_id, submission_id, comment, recused, recuse_reason, final, updated_at FROM review";
    private static final String KEY = "(SELECT ref FROM submission WHERE id = ?) || '/' || (SELECT name FROM reviewer WHERE id = ?)";

    private final Db db;
    private final AuditDao audit;

    ReviewDao(Db db, AuditDao audit) {
        this.db = db;
        this.audit = audit;
    }

    public List<Review> findAll() {
        return db.query(SELECT + " ORDER BY submission_id, reviewer_id", ReviewDao::map);
    }

    public List<Review> findByReviewer(long reviewerId) {
        return db.query(SELECT + " WHERE reviewer_id = ? ORDER BY submission_id", ReviewDao::map, reviewerId);
    }

    public Optional<Review> find(long reviewerId, long submissionId) {
        return db.queryOne(SELECT + " WHERE reviewer_id = ? AND submission_id = ?", ReviewDao::map, reviewerId, submissionId);
    }

    /**
     * The newer-write rule for a review kept while the connection was lost and sent later, made at
     * {@code kept.updatedAt()}, for the caller to apply inside its write transaction before it writes:
     * the stored review when it is open and holds another comment or recusal written after that. On a
     * server the row stays locked until the transaction ends, so no other window's write lands between
     * this check and the caller's write; a file's write transaction holds the file's write lock
     * throughout (docs/server-mode.md, "Connection lost").
     */
    public Optional<Review> newerThan(Review kept) {
        return db.queryOne(SELECT + " WHERE reviewer_id = ? AND submission_id = ?" + db.dialect().lockRow(),
                        ReviewDao::map, kept.reviewerId(), kept.submissionId())
                .filter(stored -> !stored.finalised() && stored.updatedAt().isAfter(kept.updatedAt())
                        && !(stored.comment().equals(kept.comment()) && stored.recused() == kept.recused()));
    }

    /**
     * Saves comment and recusal. The finalised flag is not changed here (see {@link #setFinal}).
     *
     * @throws ReviewLockedException when the review is finalised
     */
    public void put(Review r, String actor) {
        db.inTransaction(() -> {
            Optional<Review> old = find(r.reviewerId(), r.submissionId());
            if (old.isPresent() && old.get().finalised()) {
                throw new ReviewLockedException();
            }
            db.update("""
                    INSERT INTO review (reviewer_id, submission_id, comment, recused, recuse_reason, final, updated_at)
                    VALUES (?, ?, ?, ?, ?, 0, ?)
                    ON CONFLICT (reviewer_id, submission_id) DO UPDATE SET comment = excluded.comment,
                        recused = excluded.recused, recuse_reason = excluded.recuse_reason, updated_at = excluded.updated_at""",
                    r.reviewerId(), r.submissionId(), r.comment(), r.recused(), r.recuseReason(), r.updatedAt());
            String before = old.map(ReviewDao::describe).orElse(null);
            String after = describe(r);
            if (!after.equals(before)) {
                audit.append(actor, "review", key(r.reviewerId(), r.submissionId()), before, after);
            }
            return null;
        });
    }

    /**
     * Finalises (locks) or reopens all of a reviewer's reviews, creating review rows for cases they
     * have not touched so that those are locked too. Returns the number of reviews changed.
     */
    public int setFinal(long reviewerId, boolean finalised, String actor) {
        return db.inTransaction(() -> {
            db.update("""
                    INSERT INTO review (reviewer_id, submission_id, updated_at)
                    SELECT ?, id, ? FROM submission WHERE true ON CONFLICT DO NOTHING""", reviewerId, Instant.now());
            int changed = db.update("UPDATE review SET final = ? WHERE reviewer_id = ? AND final <> ?",
                    finalised, reviewerId, finalised);
            String name = db.queryOne("SELECT name FROM reviewer WHERE id = ?", rs -> rs.getString(1), reviewerId).orElse("?");
            audit.append(actor, "finalisation", name, finalised ? "open" : "final", finalised ? "final" : "open");
            return changed;
        });
    }

    /** Deletes a leaving reviewer's reviews (comments, recusals), each deletion audited. */
    public int deleteForReviewer(long reviewerId, String actor) {
        return db.inTransaction(() -> {
            List<Review> doomed = findByReviewer(reviewerId);
            for (Review r : doomed) {
                audit.append(actor, "review", key(reviewerId, r.submissionId()), describe(r), null);
            }
            db.update("DELETE FROM review WHERE reviewer_id = ?", reviewerId);
            return doomed.size();
        });
    }

    private String key(long reviewerId, long submissionId) {
        return db.queryOne("SELECT " + KEY, rs -> rs.getString(1), submissionId, reviewerId).orElse("?");
    }

    private static String describe(Review r) {
        return "recused=" + r.recused() + (r.recused() ? " (" + r.recuseReason() + ")" : "") + "; comment=" + r.comment();
    }

    private static Review map(ResultSet rs) throws SQLException {
        return new Review(rs.getLong("reviewer_id"), rs.getLong("submission_id"), rs.getString("comment"),
                Rows.bool(rs, "recused"), rs.getString("recuse_reason"), Rows.bool(rs, "final"), Rows.instant(rs, "updated_at"));
    }
}
