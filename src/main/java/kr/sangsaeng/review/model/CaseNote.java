package kr.sangsaeng.review.model;

import java.time.Instant;

/** A note on a case; the id (a UUID) stays with it through score packs, so merging never doubles it. */
public record CaseNote(String id, long submissionId, NoteKind kind, String author, String text, Instant createdAt,
                       Instant updatedAt) {
}
