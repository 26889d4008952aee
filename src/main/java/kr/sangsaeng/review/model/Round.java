package kr.sangsaeng.review.model;

/** The award round a review file holds; {@code blindMode} hides platform names from reviewers. */
public record Round(String name, int year, String organisers, boolean blindMode) {
}
