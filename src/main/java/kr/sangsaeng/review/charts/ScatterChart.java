package kr.sangsaeng.review.charts;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Paint;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.util.Locale;
import kr.sangsaeng.review.model.Metric;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.XYDataset;

/**
 * Reach against impact: one point per case at (x metric, y metric), its area proportional to a
 * third metric, named beside it. Cases that did not report the size metric get a small grey point.
 */
public final class ScatterChart {
    /** Above this many points, points shrink and fade so the cloud's shape shows rather than a blot. */
    static final int CROWDED = ScatterData.CROWDED;

    private ScatterChart() {
    }

    public static JFreeChart create(ScatterData d, Locale locale) {
        MetricTexts mt = new MetricTexts(ChartTexts.of(locale));
        CaseXYDataset data = new CaseXYDataset(d.y().metric().label(), d.points());
        XYPlot plot = new XYPlot(data, axis(d.x(), mt), axis(d.y(), mt), renderer(d, data, mt));
        JFreeChart chart = new JFreeChart(mt.texts().text("chart.scatter.title", d.x().metric().label(),
                d.y().metric().label()), plot);
        ChartFonts.apply(chart);
        chart.removeLegend();
        plot.getRenderer().setDefaultItemLabelFont(ChartFonts.regular(11));
        chart.addSubtitle(ChartTitles.subtitle(subtitle(d, mt)));
        if (d.labelled() < d.points().size()) {
            ChartTitles.addNote(chart, mt.texts().text("chart.scatter.labels", d.labelled(), d.points().size()));
        }
        if (!d.withoutSize().isEmpty()) {
            ChartTitles.addNote(chart, mt.texts().text("chart.scatter.noSize",
                    mt.texts().list(d.withoutSize().stream().map(CaseKey::label).toList(), MetricTexts.NAMES_IN_NOTE)));
        }
        mt.addOmissionNotes(chart, d.omitted());
        if (d.anyUnverified()) {
            ChartTitles.addNote(chart, mt.texts().text("chart.unverified", PointLabels.UNVERIFIED_MARK));
        }
        return chart;
    }

    private static ValueAxis axis(MetricSeries s, MetricTexts mt) {
        double min = s.points().stream().mapToDouble(MetricPoint::shown).min().orElse(1);
        double max = s.points().stream().mapToDouble(MetricPoint::shown).max().orElse(10);
        return ScaleAxes.create(mt.axisTitle(s.metric(), s.normalisation(), s.divisor()), s.shownUnit(),
                s.normalisation(), min, max, mt.texts().locale());
    }

    private static String subtitle(ScatterData d, MetricTexts mt) {
        Normalisation n = d.x().normalisation() != Normalisation.RAW ? d.x().normalisation() : d.y().normalisation();
        Metric divisor = d.x().divisor() != null ? d.x().divisor() : d.y().divisor();
        String scale = mt.scale(n, divisor);
        return d.size() == null ? scale : scale + " · " + mt.texts().text("chart.scatter.size", d.size().label());
    }

    private static XYLineAndShapeRenderer renderer(ScatterData d, CaseXYDataset data, MetricTexts mt) {
        double maxSize = d.maxSize();
        int count = d.points().size();
        Color fill = new Color(ChartColors.PRIMARY.getRed(), ChartColors.PRIMARY.getGreen(),
                ChartColors.PRIMARY.getBlue(), count > CROWDED ? 70 : 150);
        XYLineAndShapeRenderer r = new XYLineAndShapeRenderer(false, true) {
            @Override
            public Shape getItemShape(int row, int column) {
                double dia = diameter(data.point(column), maxSize, count);
                return new Ellipse2D.Double(-dia / 2, -dia / 2, dia, dia);
            }

            /** Names start beside the point's edge, whatever its size, rather than inside a large one. */
            @Override
            protected void drawItemLabel(Graphics2D g2, PlotOrientation orientation, XYDataset dataset, int series,
                                         int item, double x, double y, boolean negative) {
                double shift = diameter(data.point(item), maxSize, count) / 2 + 4;
                super.drawItemLabel(g2, orientation, dataset, series, item, x + shift, y, negative);
            }

            @Override
            public Paint getItemPaint(int row, int column) {
                return d.size() != null && data.point(column).size() == null ? ChartColors.NEUTRAL : fill;
            }
        };
        r.setUseOutlinePaint(true);
        r.setDefaultOutlinePaint(ChartColors.PRIMARY.darker());
        r.setDefaultOutlineStroke(new BasicStroke(1f));
        // A point drawn from a figure not yet verified carries the mark after its name (see the note).
        r.setDefaultItemLabelGenerator((ds, series, item) -> item < d.labelled()
                ? PointLabels.marked(data.caseAt(item).label(), data.point(item).unverified()) : null);
        r.setDefaultItemLabelsVisible(true);
        r.setDefaultPositiveItemLabelPosition(new ItemLabelPosition(ItemLabelAnchor.OUTSIDE3, TextAnchor.CENTER_LEFT));
        r.setDefaultNegativeItemLabelPosition(new ItemLabelPosition(ItemLabelAnchor.OUTSIDE3, TextAnchor.CENTER_LEFT));
        r.setItemLabelAnchorOffset(0);
        r.setDrawOutlines(count <= CROWDED);
        r.setDefaultToolTipGenerator((ds, series, item) -> tooltip(d, data.point(item), mt));
        return r;
    }

    /**
     * Area, not diameter, grows with the size figure, so a twice-as-large case looks twice as large.
     * The range shrinks as points multiply: 10–56 px for a few cases, 10–32 for dozens, 4–16 crowded.
     */
    static double diameter(ScatterData.Point p, double maxSize, int count) {
        double min = count > CROWDED ? 4 : 10;
        double max = count > CROWDED ? 16 : count > 50 ? 32 : 56;
        if (p.size() == null || !(maxSize > 0)) {
            return min;
        }
        return min + (max - min) * Math.sqrt(Math.abs(p.size().value()) / maxSize);
    }

    private static String tooltip(ScatterData d, ScatterData.Point p, MetricTexts mt) {
        StringBuilder sb = new StringBuilder(p.key().label());
        line(sb, d.x(), p.x(), mt);
        line(sb, d.y(), p.y(), mt);
        if (d.size() != null) {
            sb.append('\n').append(d.size().label()).append(": ").append(p.size() == null ? "—"
                    : PointLabels.marked(mt.format(p.size().value(), d.size().unit(), p.size().approximate()),
                    p.sizeUnverified()) + " (" + mt.exact(p.size().value()) + ")");
        }
        return sb.toString();
    }

    private static void line(StringBuilder sb, MetricSeries s, MetricPoint p, MetricTexts mt) {
        sb.append('\n').append(s.metric().label()).append(": ")
                .append(new PointLabels(s.points(), s, mt, false).label(p))
                .append(" (").append(mt.exact(p.raw())).append(")");
    }
}
