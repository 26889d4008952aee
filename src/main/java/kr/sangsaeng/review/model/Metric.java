package kr.sangsaeng.review.model;

/**
 * A figure the round compares across cases. {@code baselineMetricId} (0 when none) names the metric
 * this one is measured against, e.g. the platform-wide growth a programme's growth is compared with.
 * {@code counter} is the Korean counting word its figures are shown with when a value names none
 * ({@code 명}, {@code 개사}, {@code 곳}); empty means the unit's own ({@code 개}, {@code 명}, {@code 회}).
 */
public record Metric(long id, String key, String label, MetricUnit unit, boolean higherIsBetter,
                     long baselineMetricId, int position, String counter) {
    public Metric {
        counter = counter == null ? "" : counter;
    }

    public Metric(long id, String key, String label, MetricUnit unit, boolean higherIsBetter,
                  long baselineMetricId, int position) {
        this(id, key, label, unit, higherIsBetter, baselineMetricId, position, "");
    }

    public boolean hasBaseline() {
        return baselineMetricId != 0;
    }
}
