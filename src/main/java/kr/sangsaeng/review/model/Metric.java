package kr.sangsaeng.review.model;

/**
 * A figure the round compares across cases. {@code baselineMetricId} (0 when none) names the metric
 * this one is measured against, e.g. the platform-wide growth a programme's growth is compared with.
 */
public record Metric(long id, String key, String label, MetricUnit unit, boolean higherIsBetter,
                     long baselineMetricId, int position) {
    public boolean hasBaseline() {
        return baselineMetricId != 0;
    }
}
