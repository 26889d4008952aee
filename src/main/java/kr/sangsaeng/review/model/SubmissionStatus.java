package kr.sangsaeng.review.model;

/** Where a submission stands in the round's administration (not the committee's decision). */
public enum SubmissionStatus {
    SUBMITTED, UNDER_REVIEW, WITHDRAWN;

    public String key() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public static SubmissionStatus fromKey(String key) {
        return valueOf(key.toUpperCase(java.util.Locale.ROOT));
    }
}
