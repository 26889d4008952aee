package kr.sangsaeng.review.model;

import java.time.Instant;

/** The committee's decision on a submission. */
public record Decision(long submissionId, DecisionKind kind, String note, Instant decidedAt) {
    public Decision {
        note = note == null ? "" : note;
    }
}
