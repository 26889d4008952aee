package kr.sangsaeng.review.model;

import java.time.Instant;

/** A reviewer's conflict of interest on one case, with who declared it and when. */
public record Conflict(long reviewerId, long submissionId, ConflictKind kind, String reason, String declaredBy,
                       Instant declaredAt) {
    public Conflict {
        reason = reason == null ? "" : reason;
    }
}
