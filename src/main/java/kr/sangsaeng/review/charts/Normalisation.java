package kr.sangsaeng.review.charts;

import java.util.EnumSet;
import java.util.Set;
import kr.sangsaeng.review.model.Metric;
import kr.sangsaeng.review.model.MetricUnit;

/**
 * How a metric is put on a scale where platforms of very different size compare (docs/charts.md, "Scales"). The
 * fifth scale there, uplift over a stated baseline, is the growth chart's own scale.
 */
public enum Normalisation {
    /** The figures as reported. */
    RAW("raw"),
    /** The figures on a logarithmic axis; zero and negative figures cannot be drawn and are listed. */
    LOG("log"),
    /** The figure divided by the case's merchant count, for totals only (sales, payouts, events). */
    PER_MERCHANT("perMerchant"),
    /**
     * Percentile rank within the round among the cases that reported the metric: the share of them
     * this case beats, ties counting half, so 100 is best (lower-is-better metrics are turned round).
     */
    PERCENTILE("percentile");

    /** Units that are totals, so dividing by merchants gives a per-merchant figure that means something. */
    private static final Set<MetricUnit> TOTALS = EnumSet.of(MetricUnit.COUNT, MetricUnit.PERSONS, MetricUnit.KRW,
            MetricUnit.OCCURRENCES, MetricUnit.NONE);

    private final String key;

    Normalisation(String key) {
        this.key = key;
    }

    /** The key used in settings and, after {@code normalisation.}, in the message bundle. */
    public String key() {
        return key;
    }

    /** False where the choice would mean nothing: a growth rate per merchant, merchants per merchant. */
    public boolean appliesTo(Metric metric, RoundMetrics round) {
        if (this != PER_MERCHANT) {
            return true;
        }
        return TOTALS.contains(metric.unit())
                && round.merchantMetric().filter(m -> m.id() != metric.id()).isPresent();
    }
}
