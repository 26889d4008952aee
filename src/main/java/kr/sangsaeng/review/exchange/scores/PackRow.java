package kr.sangsaeng.review.exchange.scores;

import java.time.Instant;
import kr.sangsaeng.review.model.Criterion;

/**
 * One valid row of a score pack. {@code criterion} is null on a row that carries only the review's
 * comment or recusal; {@code comment}, {@code recused}, {@code recuseReason} and {@code at} are null
 * when the file leaves them out (then they change nothing).
 */
record PackRow(int row, String ref, long submissionId, String reviewer, Criterion criterion, double score,
               String comment, Boolean recused, String recuseReason, Instant at, NoteInput note) {
    /** A case note on the row: id, kind and text; its author is the row's reviewer. */
    record NoteInput(String id, kr.sangsaeng.review.model.NoteKind kind, String text) {
    }

    boolean isScore() {
        return criterion != null;
    }

    boolean carriesReview() {
        return comment != null || recused != null || recuseReason != null;
    }
}
