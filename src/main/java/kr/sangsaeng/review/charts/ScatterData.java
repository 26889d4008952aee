package kr.sangsaeng.review.charts;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import kr.sangsaeng.review.model.Metric;
import kr.sangsaeng.review.model.MetricValue;

/**
 * Reach against impact: two metrics per case, on the chosen scale where it applies to each (a
 * merchant count is never divided by itself), and a third metric for the point's size. Only cases
 * with both coordinates are drawn; the rest are listed with the reason. Points come largest first,
 * so small ones are drawn on top and stay visible; names are drawn on the first {@code labelled}.
 */
public record ScatterData(MetricSeries x, MetricSeries y, Metric size, List<Point> points,
                          List<CaseKey> withoutSize, List<Omission> omitted, int labelled) {
    /** Points named on the chart at most; the rest show their name in the tooltip. */
    public static final int LABEL_LIMIT = 30;
    /** Names on a crowded chart (over {@value #CROWDED} points), where thirty would pile up. */
    public static final int CROWDED_LABEL_LIMIT = 10;
    static final int CROWDED = 500;

    public ScatterData {
        points = List.copyOf(points);
        withoutSize = List.copyOf(withoutSize);
        omitted = List.copyOf(omitted);
    }

    /**
     * One case: both coordinates, and its size figure when there is a size metric and it reported one;
     * {@code sizeUnverified} when the round pins figures to documents and that size figure is not verified.
     */
    public record Point(CaseKey key, MetricPoint x, MetricPoint y, MetricValue size, boolean sizeUnverified) {
        /** True when any figure the point is drawn from is not verified against its document's page. */
        public boolean unverified() {
            return x.unverified() || y.unverified() || (size != null && sizeUnverified);
        }
    }

    /** True when a drawn point carries the "not verified" mark, so the chart explains it. */
    public boolean anyUnverified() {
        return points.stream().anyMatch(Point::unverified);
    }

    /** The largest size figure, for scaling point areas; NaN without any. */
    public double maxSize() {
        return points.stream().filter(p -> p.size() != null).mapToDouble(p -> Math.abs(p.size().value()))
                .max().orElse(Double.NaN);
    }

    public static ScatterData of(RoundMetrics round, Metric xMetric, Metric yMetric, Metric size, Normalisation n) {
        MetricSeries x = MetricSeriesBuilder.build(round, xMetric, n.appliesTo(xMetric, round) ? n : Normalisation.RAW);
        MetricSeries y = MetricSeriesBuilder.build(round, yMetric, n.appliesTo(yMetric, round) ? n : Normalisation.RAW);
        Map<Long, MetricPoint> ys = new HashMap<>();
        y.points().forEach(p -> ys.put(p.submission().id(), p));
        Map<Long, Omission> why = new HashMap<>();
        y.omitted().forEach(o -> why.put(o.key().submissionId(), o));
        x.omitted().forEach(o -> why.put(o.key().submissionId(), o));
        List<Point> points = new ArrayList<>();
        List<CaseKey> withoutSize = new ArrayList<>();
        for (MetricPoint px : x.points()) {
            MetricPoint py = ys.get(px.submission().id());
            if (py != null) {
                MetricValue s = size == null ? null : round.value(px.submission(), size).orElse(null);
                boolean sizeUnverified = s != null && round.unverified(s.submissionId(), size.id());
                points.add(new Point(px.key(), px, py, s, sizeUnverified));
                if (size != null && s == null) {
                    withoutSize.add(px.key());
                }
            }
        }
        points.sort(Comparator.comparingDouble((Point p) -> p.size() == null ? Double.NEGATIVE_INFINITY
                : Math.abs(p.size().value())).reversed().thenComparing(p -> -p.y().shown()));
        List<Omission> omitted = round.submissions().stream()
                .map(s -> Optional.ofNullable(why.get(s.id()))).flatMap(Optional::stream).toList();
        int labels = points.size() > CROWDED ? CROWDED_LABEL_LIMIT : LABEL_LIMIT;
        return new ScatterData(x, y, size, points, withoutSize, omitted, Math.min(labels, points.size()));
    }
}
