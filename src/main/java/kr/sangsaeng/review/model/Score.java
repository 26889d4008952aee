package kr.sangsaeng.review.model;

import java.time.Instant;

/** One reviewer's score of one submission on one criterion. */
public record Score(long reviewerId, long submissionId, long criterionId, double value, Instant updatedAt) {
}
