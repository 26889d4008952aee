package kr.sangsaeng.review.ui.common;

/** Names the audit log records for changes not made by a reviewer on their own scores. */
public final class Actors {
    /**
     * The committee secretary: reopening a finalised sheet, removing a criterion or a reviewer,
     * switching blind mode. The app has no log-in, so the role is recorded rather than a person.
     */
    public static final String SECRETARY = "secretary";

    private Actors() {
    }
}
