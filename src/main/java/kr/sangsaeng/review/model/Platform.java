package kr.sangsaeng.review.model;

/** An online platform that submits cases. */
public record Platform(long id, String name) {
}
