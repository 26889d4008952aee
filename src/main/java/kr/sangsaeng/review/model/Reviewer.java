package kr.sangsaeng.review.model;

/** A member of the review panel. */
public record Reviewer(long id, String name, String role) {
    public Reviewer {
        role = role == null ? "" : role;
    }
}
