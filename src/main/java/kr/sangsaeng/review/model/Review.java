package kr.sangsaeng.review.model;

import java.time.Instant;

/** A reviewer's review of one submission: comment, recusal and whether it is finalised (locked). */
public record Review(long reviewerId, long submissionId, String comment, boolean recused, String recuseReason,
                     boolean finalised, Instant updatedAt) {
    public Review {
        comment = comment == null ? "" : comment;
        recuseReason = recuseReason == null ? "" : recuseReason;
    }
}
