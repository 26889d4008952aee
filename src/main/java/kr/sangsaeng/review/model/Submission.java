package kr.sangsaeng.review.model;

import java.util.Set;

/** A platform's case as submitted to the round. {@code platformName} is denormalised for display. */
public record Submission(long id, String ref, long platformId, String platformName, String title,
                         Set<SupportArea> areas, String summary, SubmissionStatus status) {
    public Submission {
        areas = Set.copyOf(areas);
        summary = summary == null ? "" : summary;
    }
}
