package kr.sangsaeng.review.exchange.scores;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import kr.sangsaeng.review.exchange.PreviewLine;
import kr.sangsaeng.review.exchange.PreviewLine.Change;
import kr.sangsaeng.review.model.Review;
import kr.sangsaeng.review.model.Score;

/**
 * The merge rules of a score pack (docs/file-formats.md). Per score cell and per review:
 * <ul>
 *   <li>not in the review file yet → added;</li>
 *   <li>the same value → unchanged, whatever the times say, so importing a pack twice changes nothing;</li>
 *   <li>a different value → a conflict, listed: the newer {@code updated_at} wins, and on a tie the
 *       review file keeps its value (it cannot tell which is right);</li>
 *   <li>a finalised review is never changed by an import: a difference there is a conflict the review file keeps.</li>
 * </ul>
 * A row without {@code updated_at} counts as written at the time of the import.
 */
final class ScoreMerge {
    private ScoreMerge() {
    }

    static ScoreImportPlan merge(Path file, RoundIndex round, List<PackRow> scores, Collection<ReviewInput> reviews,
                                 Instant now) {
        ScoreImportPlan plan = new ScoreImportPlan(file);
        for (PackRow r : scores) {
            mergeScore(plan, round, r, r.at() != null ? r.at() : now);
        }
        for (ReviewInput in : reviews) {
            mergeReview(plan, round, in, in.at != null ? in.at : now);
        }
        return plan;
    }

    private static void mergeScore(ScoreImportPlan plan, RoundIndex round, PackRow r, Instant at) {
        String key = r.ref() + "/" + r.criterion().key() + "/" + r.reviewer();
        Long reviewerId = round.reviewerIds.get(r.reviewer());
        if (reviewerId == null) {
            plan.addReviewer(r.reviewer());
        }
        Score current = reviewerId == null ? null
                : round.scores.get(RoundIndex.cell(reviewerId, r.submissionId(), r.criterion().id()));
        Review review = reviewerId == null ? null : round.reviews.get(RoundIndex.review(reviewerId, r.submissionId()));
        boolean locked = review != null && review.finalised();
        String incoming = number(r.score()) + " (" + at + ")";
        if (current == null) {
            if (locked) {
                plan.line(PreviewLine.conflict(Change.LOCKED, key, "", incoming));
                return;
            }
            plan.writeScore(r, at, new PreviewLine(Change.ADD, key, number(r.score())));
            return;
        }
        if (current.value() == r.score()) {
            PreviewLine same = new PreviewLine(Change.UNCHANGED, key, number(r.score()));
            if (!locked && at.isAfter(current.updatedAt())) {
                // A later confirmation of the same score: its time moves forward (see ScoreDao.putAll).
                plan.writeScore(r, at, same);
            } else {
                plan.line(same);
            }
            return;
        }
        String held = number(current.value()) + " (" + current.updatedAt() + ")";
        if (locked) {
            plan.line(PreviewLine.conflict(Change.LOCKED, key, held, incoming));
        } else if (at.isAfter(current.updatedAt())) {
            plan.writeScore(r, at, PreviewLine.conflict(Change.NEWER_IN_FILE, key, held, incoming));
        } else {
            plan.line(PreviewLine.conflict(Change.KEPT_CURRENT, key, held, incoming));
        }
    }

    private static void mergeReview(ScoreImportPlan plan, RoundIndex round, ReviewInput in, Instant at) {
        Long reviewerId = round.reviewerIds.get(in.reviewer);
        if (reviewerId == null) {
            plan.addReviewer(in.reviewer);
        }
        Review current = reviewerId == null ? null : round.reviews.get(RoundIndex.review(reviewerId, in.submissionId));
        Review base = current != null ? current : new Review(0, in.submissionId, "", false, "", false, null);
        Review next = new Review(base.reviewerId(), in.submissionId, in.comment != null ? in.comment : base.comment(),
                in.recused != null ? in.recused : base.recused(),
                in.recuseReason != null ? in.recuseReason : base.recuseReason(), base.finalised(), at);
        if (sameContent(base, next)) {
            if (current != null) {
                plan.line(new PreviewLine(Change.UNCHANGED, in.key(), describe(next)));
            }
            return;
        }
        if (current == null) {
            plan.writeReview(in.reviewer, next, new PreviewLine(Change.ADD, in.key(), describe(next)));
            return;
        }
        String held = describe(current) + " (" + current.updatedAt() + ")";
        String incoming = describe(next) + " (" + at + ")";
        if (current.finalised()) {
            plan.line(PreviewLine.conflict(Change.LOCKED, in.key(), held, incoming));
        } else if (at.isAfter(current.updatedAt())) {
            plan.writeReview(in.reviewer, next, PreviewLine.conflict(Change.NEWER_IN_FILE, in.key(), held, incoming));
        } else {
            plan.line(PreviewLine.conflict(Change.KEPT_CURRENT, in.key(), held, incoming));
        }
    }

    private static boolean sameContent(Review a, Review b) {
        return a.comment().equals(b.comment()) && a.recused() == b.recused() && a.recuseReason().equals(b.recuseReason());
    }

    /** The comment in quotes, and the recusal with its reason; "—" when there is neither. */
    private static String describe(Review r) {
        String recusal = r.recused() ? "recused" + (r.recuseReason().isEmpty() ? "" : ": " + r.recuseReason()) : "";
        String comment = r.comment().isEmpty() ? "" : "“" + r.comment() + "”";
        return recusal.isEmpty() ? (comment.isEmpty() ? "—" : comment)
                : comment.isEmpty() ? recusal : recusal + " · " + comment;
    }

    static String number(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
    }
}
