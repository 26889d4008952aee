package kr.sangsaeng.review.model;

import java.time.Instant;

/**
 * One change to a score, review or decision: who made it, when, and the value before and after
 * ({@code null} when there was none).
 */
public record AuditEntry(long id, Instant at, String actor, String entity, String entityKey,
                         String oldValue, String newValue) {
}
