package kr.sangsaeng.review.model;

import java.time.Instant;

/** The round's pledge (서약서); {@code sample} marks the demo's example text. */
public record Pledge(String text, boolean sample, String updatedBy, Instant updatedAt) {
}
