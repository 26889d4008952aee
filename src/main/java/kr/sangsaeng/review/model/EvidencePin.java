package kr.sangsaeng.review.model;

import java.time.Instant;

/**
 * A reported figure (a case's metric value) pinned to the page of a document that should prove it,
 * with an optional quote from that page, the reviewer's finding and a note.
 */
public record EvidencePin(long id, long submissionId, long metricId, long documentId, int page, String quote,
                          PinStatus status, String note, String updatedBy, Instant updatedAt) {
    public EvidencePin {
        quote = quote == null ? "" : quote;
        note = note == null ? "" : note;
    }
}
