package kr.sangsaeng.review.charts;

import java.util.List;
import kr.sangsaeng.review.model.Metric;
import kr.sangsaeng.review.model.MetricUnit;

/**
 * One metric across cases on one scale, best first, as the bar chart draws it. {@code reported} is
 * how many cases the scale could place; {@code points} may be fewer when a large round is cut to
 * its top N. {@code omitted} names every case left out and why.
 *
 * @param divisor the metric divided by, for the per-merchant scale; null otherwise
 */
public record MetricSeries(Metric metric, Normalisation normalisation, Metric divisor, List<MetricPoint> points,
                           int reported, List<Omission> omitted) {
    public MetricSeries {
        points = List.copyOf(points);
        omitted = List.copyOf(omitted);
    }

    /** Cases with a value that did not make the top N. */
    public int hidden() {
        return reported - points.size();
    }

    /** The unit of the values on the chart's scale: none for percentiles, the metric's otherwise. */
    public MetricUnit shownUnit() {
        return normalisation == Normalisation.PERCENTILE ? MetricUnit.NONE : metric.unit();
    }
}
