package kr.sangsaeng.review.exchange.scores;

import java.time.Instant;

/**
 * What a score pack says about one review (reviewer × case), gathered from its rows: each field
 * null when no row gives it, {@code at} the newest time among the rows that give any.
 */
final class ReviewInput {
    final String reviewer;
    final String ref;
    final long submissionId;
    String comment;
    Boolean recused;
    String recuseReason;
    Instant at;
    int row;

    ReviewInput(PackRow first) {
        this.reviewer = first.reviewer();
        this.ref = first.ref();
        this.submissionId = first.submissionId();
        this.row = first.row();
    }

    /** Takes a row's review fields; returns the name of a field that contradicts an earlier row, or null. */
    String take(PackRow r) {
        if (r.comment() != null && comment != null && !comment.equals(r.comment())) {
            return "comment";
        }
        if (r.recused() != null && recused != null && !recused.equals(r.recused())) {
            return "recused";
        }
        if (r.recuseReason() != null && recuseReason != null && !recuseReason.equals(r.recuseReason())) {
            return "recuse_reason";
        }
        comment = r.comment() != null ? r.comment() : comment;
        recused = r.recused() != null ? r.recused() : recused;
        recuseReason = r.recuseReason() != null ? r.recuseReason() : recuseReason;
        if (r.at() != null && (at == null || r.at().isAfter(at))) {
            at = r.at();
        }
        return null;
    }

    String key() {
        return ref + "/" + reviewer;
    }
}
