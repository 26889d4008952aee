package kr.sangsaeng.review.ui.compare;

/** The charts the Compare view offers, in the order of its picker. */
public enum ChartKind {
    METRIC("metric"),
    GROWTH("growth"),
    SCATTER("scatter"),
    SCORES_BY_CASE("scoresByCase"),
    SCORES_BY_REVIEWER("scoresByReviewer"),
    PROFILE("profile"),
    STABILITY("stability");

    private final String key;

    ChartKind(String key) {
        this.key = key;
    }

    /** After {@code chart.}, the picker's label in the message bundle. */
    public String key() {
        return key;
    }

    public boolean usesMetric() {
        return this == METRIC || this == GROWTH || this == SCATTER;
    }

    public boolean usesScale() {
        return this == METRIC || this == SCATTER;
    }
}
