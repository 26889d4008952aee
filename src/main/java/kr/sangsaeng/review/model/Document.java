package kr.sangsaeng.review.model;

import java.time.Instant;

/**
 * A document a platform submitted with its case, as stored in the review file: its name as
 * submitted, the media type found from its content, its size, SHA-256 and page count (0 when the
 * format has no pages), and who added it when.
 */
public record Document(long id, long submissionId, String ref, String name, String sha256, long bytes,
                       String mediaType, int pages, String addedBy, Instant addedAt) {
}
