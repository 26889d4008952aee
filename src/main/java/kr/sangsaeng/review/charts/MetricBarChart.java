package kr.sangsaeng.review.charts;

import java.awt.Paint;
import java.util.List;
import java.util.Locale;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * One metric across cases: horizontal bars, best at the top, each labelled with its figure as
 * people write it ("약 4,000명", "~KRW 100M"); approximate figures are drawn lighter. The subtitle
 * names the scale; cases the scale cannot place are listed under the chart.
 */
public final class MetricBarChart {
    private MetricBarChart() {
    }

    public static JFreeChart create(MetricSeries series, Locale locale) {
        MetricTexts mt = new MetricTexts(ChartTexts.of(locale));
        List<MetricPoint> points = series.points();
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        points.forEach(p -> data.addValue(p.shown(), series.metric().label(), p.key()));

        CategoryPlot plot = new CategoryPlot(data, new CategoryAxis(), valueAxis(series, mt), renderer(series, mt));
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        plot.setRangeAxisLocation(AxisLocation.BOTTOM_OR_LEFT);
        plot.getDomainAxis().setMaximumCategoryLabelWidthRatio(0.3f);
        JFreeChart chart = new JFreeChart(series.metric().label(), plot);
        ChartFonts.apply(chart);
        plot.setDomainGridlinesVisible(false);
        plot.setFixedLegendItems(legend(mt.texts()));
        chart.getLegend().setVisible(points.stream().anyMatch(MetricPoint::approximate));
        chart.addSubtitle(ChartTitles.subtitle(mt.scale(series.normalisation(), series.divisor())));
        if (series.hidden() > 0) {
            ChartTitles.addNote(chart, mt.texts().text("chart.topN", points.size(), series.reported()));
        }
        mt.addOmissionNotes(chart, series.omitted());
        if (points.stream().anyMatch(MetricPoint::unverified)) {
            ChartTitles.addNote(chart, mt.texts().text("chart.unverified", PointLabels.UNVERIFIED_MARK));
        }
        return chart;
    }

    private static ValueAxis valueAxis(MetricSeries series, MetricTexts mt) {
        String title = mt.axisTitle(series.metric(), series.normalisation(), series.divisor());
        double min = series.points().stream().mapToDouble(MetricPoint::shown).min().orElse(1);
        double max = series.points().stream().mapToDouble(MetricPoint::shown).max().orElse(10);
        return ScaleAxes.create(title, series.shownUnit(), series.normalisation(), min, max, mt.texts().locale());
    }

    private static BarRenderer renderer(MetricSeries series, MetricTexts mt) {
        List<MetricPoint> points = series.points();
        BarRenderer r = new BarRenderer() {
            @Override
            public Paint getItemPaint(int row, int column) {
                return points.get(column).approximate() ? ChartColors.PRIMARY_LIGHT : ChartColors.PRIMARY;
            }
        };
        if (series.normalisation() == Normalisation.LOG) {
            // Bars on a log axis grow from the axis' lower end, not from zero, which a log axis lacks.
            r.setBase(ScaleAxes.logFloor(points.stream().mapToDouble(MetricPoint::shown).min().orElse(1)));
        }
        r.setMaximumBarWidth(0.08);
        r.setDefaultItemLabelGenerator(new PointLabels(points, series, mt, false));
        r.setDefaultItemLabelsVisible(true);
        r.setDefaultPositiveItemLabelPosition(new ItemLabelPosition(ItemLabelAnchor.OUTSIDE3, TextAnchor.CENTER_LEFT));
        r.setDefaultNegativeItemLabelPosition(new ItemLabelPosition(ItemLabelAnchor.OUTSIDE9, TextAnchor.CENTER_RIGHT));
        r.setDefaultToolTipGenerator(new PointLabels(points, series, mt, true));
        return r;
    }

    private static LegendItemCollection legend(ChartTexts texts) {
        LegendItemCollection items = new LegendItemCollection();
        items.add(new LegendItem(texts.text("chart.legend.exact"), ChartColors.PRIMARY));
        items.add(new LegendItem(texts.text("chart.legend.approximate"), ChartColors.PRIMARY_LIGHT));
        return items;
    }
}
