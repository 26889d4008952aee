package kr.sangsaeng.review.store;

import java.util.ArrayList;
import java.util.List;
import kr.sangsaeng.review.model.MetricValue;
import kr.sangsaeng.review.model.Platform;
import kr.sangsaeng.review.model.Review;
import kr.sangsaeng.review.model.Score;
import kr.sangsaeng.review.model.Submission;
import kr.sangsaeng.review.model.SupportArea;

/**
 * Loads a whole round into an empty review file at once: rows keep the ids the caller gave them and
 * go in through prepared-statement batches, without audit rows (nothing was changed, it was created).
 * Used for synthetic rounds; run it inside {@link ReviewStore#inTransaction(Runnable)} so the load
 * is all or nothing.
 */
public final class BulkWriter {
    private final Db db;

    BulkWriter(Db db) {
        this.db = db;
    }

    public void platforms(List<Platform> platforms) {
        db.batch("INSERT INTO platform (id, name) VALUES (?, ?)",
                platforms.stream().map(p -> new Object[] {p.id(), p.name()}).toList());
    }

    public void submissions(List<Submission> submissions) {
        db.batch("INSERT INTO submission (id, ref, platform_id, title, summary, status) VALUES (?, ?, ?, ?, ?, ?)",
                submissions.stream().map(s -> new Object[] {s.id(), s.ref(), s.platformId(), s.title(), s.summary(),
                        s.status().key()}).toList());
        List<Object[]> areas = new ArrayList<>();
        for (Submission s : submissions) {
            for (SupportArea a : s.areas()) {
                areas.add(new Object[] {s.id(), a.key()});
            }
        }
        db.batch("INSERT INTO submission_area (submission_id, area) VALUES (?, ?)", areas);
    }

    public void metricValues(List<MetricValue> values) {
        db.batch("INSERT INTO metric_value (submission_id, metric_id, value, approximate, as_written) VALUES (?, ?, ?, ?, ?)",
                values.stream().map(v -> new Object[] {v.submissionId(), v.metricId(), v.value(), v.approximate(),
                        v.asWritten()}).toList());
    }

    public void scores(List<Score> scores) {
        db.batch("INSERT INTO score (reviewer_id, submission_id, criterion_id, value, updated_at) VALUES (?, ?, ?, ?, ?)",
                scores.stream().map(s -> new Object[] {s.reviewerId(), s.submissionId(), s.criterionId(), s.value(),
                        s.updatedAt()}).toList());
    }

    public void reviews(List<Review> reviews) {
        db.batch("""
                INSERT INTO review (reviewer_id, submission_id, comment, recused, recuse_reason, final, updated_at)
                VALUES (?, ?, ?, ?, ?, ?, ?)""",
                reviews.stream().map(r -> new Object[] {r.reviewerId(), r.submissionId(), r.comment(), r.recused(),
                        r.recuseReason(), r.finalised(), r.updatedAt()}).toList());
    }
}
