package kr.sangsaeng.review.charts;

import java.util.Locale;
import kr.sangsaeng.review.model.MetricUnit;
import kr.sangsaeng.review.model.MetricValue;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.CategoryDataset;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * Growth against its baseline: a pair of bars per case (growth, baseline), largest uplift at the
 * top, the uplift written after the growth figure ("+89% · 기준 대비 +60%p"). A case without a
 * baseline gets its growth bar alone and is named under the chart.
 */
public final class GrowthChart {
    private GrowthChart() {
    }

    public static JFreeChart create(GrowthComparison g, Locale locale) {
        MetricTexts mt = new MetricTexts(ChartTexts.of(locale));
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (GrowthComparison.Row r : g.rows()) {
            data.addValue(r.growth().value(), g.growth().label(), r.key());
            data.addValue(r.hasBaseline() ? r.baseline().value() : null, g.baseline().label(), r.key());
        }
        NumberAxis axis = new NumberAxis(mt.axisTitle(g.growth(), Normalisation.RAW, null));
        axis.setNumberFormatOverride(new UnitAxisFormat(g.growth().unit(), locale));
        axis.setUpperMargin(0.45);
        CategoryPlot plot = new CategoryPlot(data, new CategoryAxis(), axis, renderer(g, mt));
        // Horizontal, like the other case charts: thirty pairs of bars stay readable, and the
        // labels at the bars' ends have room.
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        plot.setRangeAxisLocation(AxisLocation.BOTTOM_OR_LEFT);
        plot.getDomainAxis().setMaximumCategoryLabelWidthRatio(0.3f);
        JFreeChart chart = new JFreeChart(mt.texts().text("chart.growth.title", g.growth().label(),
                g.baseline().label()), plot);
        ChartFonts.apply(chart);
        plot.setDomainGridlinesVisible(false);
        BarRenderer r = (BarRenderer) plot.getRenderer();
        r.setSeriesPaint(0, ChartColors.PRIMARY);
        r.setSeriesPaint(1, ChartColors.NEUTRAL);
        r.setDefaultItemLabelFont(ChartFonts.regular(11));
        r.setSeriesItemLabelFont(0, ChartFonts.bold(11));
        chart.addSubtitle(ChartTitles.subtitle(mt.texts().text("chart.growth.subtitle")));
        if (g.hidden() > 0) {
            ChartTitles.addNote(chart, mt.texts().text("chart.topN", g.rows().size(), g.reported()));
        }
        if (!g.withoutBaseline().isEmpty()) {
            ChartTitles.addNote(chart, mt.texts().text("chart.omitted.noBaseline",
                    mt.texts().list(g.withoutBaseline().stream().map(CaseKey::label).toList(), MetricTexts.NAMES_IN_NOTE)));
        }
        mt.addOmissionNotes(chart, g.omitted());
        if (g.anyUnverified()) {
            ChartTitles.addNote(chart, mt.texts().text("chart.unverified", PointLabels.UNVERIFIED_MARK));
        }
        return chart;
    }

    private static BarRenderer renderer(GrowthComparison g, MetricTexts mt) {
        BarRenderer r = new BarRenderer();
        r.setItemMargin(0.04);
        r.setMaximumBarWidth(0.12);
        r.setDefaultItemLabelGenerator(new Labels(g, mt));
        r.setDefaultItemLabelsVisible(true);
        r.setDefaultPositiveItemLabelPosition(new ItemLabelPosition(ItemLabelAnchor.OUTSIDE3, TextAnchor.CENTER_LEFT));
        r.setDefaultNegativeItemLabelPosition(new ItemLabelPosition(ItemLabelAnchor.OUTSIDE9, TextAnchor.CENTER_RIGHT));
        r.setDefaultToolTipGenerator((ds, row, col) -> tooltip(g.rows().get(col), g, mt));
        return r;
    }

    static String upliftText(GrowthComparison.Row r, GrowthComparison g, MetricTexts mt) {
        return mt.texts().text("chart.growth.uplift", mt.format(r.uplift(), g.upliftUnit(), false));
    }

    private static String tooltip(GrowthComparison.Row r, GrowthComparison g, MetricTexts mt) {
        String baseline = r.hasBaseline() ? describe(r.baseline(), g.baseline().unit(), r.baselineUnverified(), mt) : "—";
        String uplift = r.hasBaseline() ? mt.format(r.uplift(), g.upliftUnit(), false) : "—";
        return mt.texts().text("chart.tooltip.growth", r.key().label(),
                describe(r.growth(), g.growth().unit(), r.growthUnverified(), mt), baseline, uplift);
    }

    /** The figure (marked when not verified, as on the bar) and the text as the platform wrote it. */
    private static String describe(MetricValue v, MetricUnit unit, boolean unverified, MetricTexts mt) {
        String text = PointLabels.marked(mt.format(v.value(), unit, v.approximate()), unverified);
        return v.asWritten().isBlank() ? text : text + " (" + v.asWritten() + ")";
    }

    /** Bar labels: each figure as written; the growth bar also carries the uplift over its baseline. */
    private static final class Labels extends StandardCategoryItemLabelGenerator {
        private final GrowthComparison g;
        private final MetricTexts mt;

        Labels(GrowthComparison g, MetricTexts mt) {
            this.g = g;
            this.mt = mt;
        }

        @Override
        public String generateLabel(CategoryDataset dataset, int row, int column) {
            GrowthComparison.Row r = g.rows().get(column);
            MetricValue v = row == 0 ? r.growth() : r.baseline();
            MetricUnit unit = row == 0 ? g.growth().unit() : g.baseline().unit();
            if (v == null) {
                return null;
            }
            // Each bar is its own reported figure, so each carries its own mark (see the chart's note).
            String figure = PointLabels.marked(mt.format(v.value(), unit, v.approximate()),
                    row == 0 ? r.growthUnverified() : r.baselineUnverified());
            return row == 0 && r.hasBaseline() ? figure + " · " + upliftText(r, g, mt) : figure;
        }
    }
}
