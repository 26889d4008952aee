package kr.sangsaeng.review.model;

import java.time.Instant;

/**
 * The committee's decision on a submission: what, why (the note), when and who recorded it.
 * {@code decidedBy} is empty for a decision not yet stored.
 */
public record Decision(long submissionId, DecisionKind kind, String note, Instant decidedAt, String decidedBy) {
    public Decision {
        note = note == null ? "" : note;
        decidedBy = decidedBy == null ? "" : decidedBy;
    }

    public Decision(long submissionId, DecisionKind kind, String note, Instant decidedAt) {
        this(submissionId, kind, note, decidedAt, "");
    }
}
