package kr.sangsaeng.review.analysis;

/** A submission's place in a ranking; equal places share a rank (competition ranking 1, 2, 2, 4). */
public record RankedSubmission(int rank, SubmissionStats stats) {
}
