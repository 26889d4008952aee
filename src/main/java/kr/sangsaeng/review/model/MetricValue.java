package kr.sangsaeng.review.model;

/** One case's figure for a metric: the number, whether it was stated as approximate, and the original text. */
public record MetricValue(long submissionId, long metricId, double value, boolean approximate, String asWritten) {
    public MetricValue {
        asWritten = asWritten == null ? "" : asWritten;
    }
}
