package kr.sangsaeng.review.model;

/** An organisation a reviewer declared (employer, board seat, advisory role). */
public record Affiliation(long id, long reviewerId, String name) {
}
