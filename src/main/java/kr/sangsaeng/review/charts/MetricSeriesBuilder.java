package kr.sangsaeng.review.charts;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import kr.sangsaeng.review.model.Metric;
import kr.sangsaeng.review.model.MetricValue;
import kr.sangsaeng.review.model.Submission;

/**
 * Puts one metric on one scale for every case of the round (see {@link Normalisation}). Cases the
 * scale cannot place are listed with the reason, never given a value of zero. Pure and quick: a
 * 10,000-case round is one pass and one sort.
 */
public final class MetricSeriesBuilder {
    /** Bars a chart draws at most; a larger round shows its top N with a note. */
    public static final int DEFAULT_LIMIT = 30;

    private MetricSeriesBuilder() {
    }

    public static MetricSeries build(RoundMetrics round, Metric metric, Normalisation normalisation) {
        return build(round, metric, normalisation, Integer.MAX_VALUE);
    }

    public static MetricSeries build(RoundMetrics round, Metric metric, Normalisation normalisation, int limit) {
        if (!normalisation.appliesTo(metric, round)) {
            throw new IllegalArgumentException("Scale " + normalisation + " does not apply to " + metric.key());
        }
        Metric divisor = normalisation == Normalisation.PER_MERCHANT ? round.merchantMetric().orElseThrow() : null;
        List<MetricPoint> points = new ArrayList<>();
        List<Omission> omitted = new ArrayList<>();
        for (Submission s : round.submissions()) {
            CaseKey key = round.key(s);
            Optional<MetricValue> v = round.value(s, metric);
            if (v.isEmpty()) {
                omitted.add(new Omission(key, Omission.Reason.NOT_REPORTED));
                continue;
            }
            place(round, s, key, v.get(), normalisation, divisor, points, omitted);
        }
        if (normalisation == Normalisation.PERCENTILE) {
            points = percentiles(points, metric.higherIsBetter());
        }
        points.sort(bestFirst(metric.higherIsBetter() || normalisation == Normalisation.PERCENTILE));
        int reported = points.size();
        List<MetricPoint> shown = points.subList(0, Math.min(Math.max(limit, 0), reported));
        return new MetricSeries(metric, normalisation, divisor, shown, reported, omitted);
    }

    private static void place(RoundMetrics round, Submission s, CaseKey key, MetricValue v, Normalisation n,
                              Metric divisor, List<MetricPoint> points, List<Omission> omitted) {
        double shown = v.value();
        boolean approximate = v.approximate();
        if (n == Normalisation.PER_MERCHANT) {
            Optional<MetricValue> merchants = round.value(s, divisor).filter(d -> d.value() > 0);
            if (merchants.isEmpty()) {
                omitted.add(new Omission(key, Omission.Reason.NO_MERCHANT_COUNT));
                return;
            }
            shown = v.value() / merchants.get().value();
            // A figure divided by "about 4,000" merchants is itself about right, not exact.
            approximate |= merchants.get().approximate();
        } else if (n == Normalisation.LOG && !(v.value() > 0)) {
            omitted.add(new Omission(key, Omission.Reason.NOT_POSITIVE));
            return;
        }
        points.add(new MetricPoint(key, s, v.value(), shown, approximate, v.asWritten(),
                v.counterOr(round.metric(v.metricId()).orElse(null)), round.unverified(s.id(), v.metricId())));
    }

    /**
     * Percentile rank: 100 × (cases below + half the cases equal) / cases, measured in the metric's
     * good direction, so the best case of five is at 90 and a lone case at 50.
     */
    static List<MetricPoint> percentiles(List<MetricPoint> points, boolean higherIsBetter) {
        double[] sorted = points.stream().mapToDouble(MetricPoint::raw).sorted().toArray();
        int n = sorted.length;
        List<MetricPoint> out = new ArrayList<>(n);
        for (MetricPoint p : points) {
            int below = lowerBound(sorted, p.raw());
            int equal = lowerBound(sorted, Math.nextUp(p.raw())) - below;
            int worse = higherIsBetter ? below : n - below - equal;
            double pct = 100.0 * (worse + 0.5 * equal) / n;
            out.add(new MetricPoint(p.key(), p.submission(), p.raw(), pct, p.approximate(), p.asWritten(), p.counter(),
                    p.unverified()));
        }
        return out;
    }

    /** Index of the first element not less than {@code x}. */
    private static int lowerBound(double[] a, double x) {
        int lo = 0;
        int hi = a.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (a[mid] < x) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    private static Comparator<MetricPoint> bestFirst(boolean higherIsBetter) {
        Comparator<MetricPoint> byValue = Comparator.comparingDouble(MetricPoint::shown);
        return (higherIsBetter ? byValue.reversed() : byValue)
                .thenComparing(p -> p.key().label())
                .thenComparingLong(p -> p.submission().id());
    }
}
