package kr.sangsaeng.review.model;

/**
 * One case's figure for a metric: the number, whether it was stated as approximate, the original text,
 * and the Korean counting word it was written with ({@code 명} in {@code 약 3만 명}; empty when none),
 * so it is shown as written rather than with the metric's default word.
 */
public record MetricValue(long submissionId, long metricId, double value, boolean approximate, String asWritten,
                          String counter) {
    public MetricValue {
        asWritten = asWritten == null ? "" : asWritten;
        counter = counter == null ? "" : counter;
    }

    public MetricValue(long submissionId, long metricId, double value, boolean approximate, String asWritten) {
        this(submissionId, metricId, value, approximate, asWritten, "");
    }

    /** The counting word to show: the value's own, else the metric's (empty: the unit's default). */
    public String counterOr(Metric metric) {
        return !counter.isEmpty() ? counter : metric == null ? "" : metric.counter();
    }
}
