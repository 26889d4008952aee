package kr.sangsaeng.review.charts;

import java.util.List;
import org.jfree.chart.labels.CategoryItemLabelGenerator;
import org.jfree.chart.labels.CategoryToolTipGenerator;
import org.jfree.data.category.CategoryDataset;

/**
 * Bar labels and tooltips of a metric bar chart. The label is the figure as people write it, on the
 * chart's scale; the tooltip adds the exact number and the text the platform wrote, so a reader can
 * check a rounded "약 3만 명" against "약 3만 명 (30,000)".
 */
final class PointLabels implements CategoryItemLabelGenerator, CategoryToolTipGenerator {
    private final List<MetricPoint> points;
    private final MetricSeries series;
    private final MetricTexts mt;
    private final boolean tooltip;

    PointLabels(List<MetricPoint> points, MetricSeries series, MetricTexts mt, boolean tooltip) {
        this.points = points;
        this.series = series;
        this.mt = mt;
        this.tooltip = tooltip;
    }

    @Override
    public String generateLabel(CategoryDataset dataset, int row, int column) {
        return tooltip ? generateToolTip(dataset, row, column) : label(points.get(column));
    }

    @Override
    public String generateToolTip(CategoryDataset dataset, int row, int column) {
        MetricPoint p = points.get(column);
        String exact = mt.exact(p.raw());
        if (series.normalisation() == Normalisation.PER_MERCHANT) {
            exact = exact + " ÷ " + mt.exact(p.raw() / p.shown()) + " = " + mt.exact(p.shown());
        }
        return mt.texts().text("chart.tooltip.metric", p.key().label(), label(p), exact,
                p.asWritten().isBlank() ? "—" : p.asWritten());
    }

    @Override
    public String generateRowLabel(CategoryDataset dataset, int row) {
        return String.valueOf(dataset.getRowKey(row));
    }

    @Override
    public String generateColumnLabel(CategoryDataset dataset, int column) {
        return String.valueOf(dataset.getColumnKey(column));
    }

    String label(MetricPoint p) {
        var unit = series.metric().unit();
        String label = switch (series.normalisation()) {
            case PERCENTILE -> Math.round(p.shown()) + " · " + mt.format(p.raw(), unit, p.approximate(), p.counter());
            case PER_MERCHANT -> mt.format(p.shown(), unit, p.approximate(), p.counter());
            default -> mt.format(p.raw(), unit, p.approximate(), p.counter());
        };
        return marked(label, p.unverified());
    }

    /** Marks a figure not yet verified against the page of a document (see the chart's note). */
    static String marked(String text, boolean unverified) {
        return unverified ? text + " " + UNVERIFIED_MARK : text;
    }

    static final String UNVERIFIED_MARK = "*";
}
