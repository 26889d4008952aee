package kr.sangsaeng.review.charts;

import java.awt.Paint;
import java.util.List;
import java.util.Locale;
import kr.sangsaeng.review.analysis.ShortlistRule;
import kr.sangsaeng.review.analysis.StabilityOptions;
import kr.sangsaeng.review.analysis.StabilityResult;
import kr.sangsaeng.review.analysis.SubmissionStability;
import kr.sangsaeng.review.format.Figures;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.renderer.category.IntervalBarRenderer;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.category.DefaultIntervalCategoryDataset;

/**
 * Rank stability (docs/analysis.md): per case its median rank over the weight draws and its 5–95% rank
 * interval, best first, with a line at the shortlist's cut-off. Colour says how sure the case is:
 * shortlisted in ≥95% of draws, on the cut-off (between 5% and 95%), or ≤5%.
 */
public final class StabilityChart {
    /** Half the height of an interval bar where low = high, so a certain rank still shows. */
    private static final double PAD = 0.3;

    private StabilityChart() {
    }

    public static JFreeChart create(StabilityResult result, Locale locale) {
        return create(result, StabilityRows.DEFAULT_LIMIT, locale);
    }

    public static JFreeChart create(StabilityResult result, int limit, Locale locale) {
        ChartTexts texts = ChartTexts.of(locale);
        StabilityRows rows = StabilityRows.of(result, limit);
        CaseKey[] keys = keys(rows.shown(), result.options().rule(), texts);
        CategoryPlot plot = new CategoryPlot();
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        plot.setDomainAxis(new CategoryAxis());
        plot.setRangeAxis(rankAxis(texts, rows.total()));
        plot.setDataset(0, medians(rows.shown(), keys, texts));
        plot.setRenderer(0, medianRenderer(rows.shown(), texts));
        plot.setDataset(1, intervals(rows.shown(), keys, texts));
        plot.setRenderer(1, intervalRenderer(rows.shown(), texts));
        plot.setDatasetRenderingOrder(DatasetRenderingOrder.REVERSE);
        plot.setRangeAxisLocation(AxisLocation.BOTTOM_OR_LEFT);
        JFreeChart chart = new JFreeChart(texts.text("chart.stability.title"), plot);
        ChartFonts.apply(chart);
        styleMedians(plot);
        plot.setFixedLegendItems(legend(texts));
        if (rows.topN() > 0) {
            plot.addRangeMarker(cutoff(rows.topN(), texts));
        }
        chart.addSubtitle(ChartTitles.subtitle(subtitle(result.options(), texts)));
        int minReviews = Math.max(1, result.options().rule().minReviews());
        if (rows.shown().stream().anyMatch(x -> x.lacksReviews(result.options().rule()))) {
            ChartTitles.addNote(chart, texts.text("chart.stability.lacksReviewsNote", minReviews));
        }
        if (rows.hidden() > 0) {
            ChartTitles.addNote(chart, texts.text("chart.stability.hidden", rows.shown().size(), rows.total()));
        }
        return chart;
    }

    /** "Woowa · 0% · too few reviews (1 of 2)": a case the rule cannot take says why on its own line. */
    private static CaseKey[] keys(List<SubmissionStability> rows, ShortlistRule rule, ChartTexts texts) {
        CaseKey[] keys = new CaseKey[rows.size()];
        for (int i = 0; i < keys.length; i++) {
            SubmissionStability s = rows.get(i);
            String label = CaseLabels.key(s.submission(), false).label() + " · "
                    + Figures.percent(s.probability(), texts.locale());
            if (s.lacksReviews(rule)) {
                label += " · " + texts.text("chart.stability.lacksReviews", s.completedReviews(),
                        Math.max(1, rule.minReviews()));
            }
            keys[i] = new CaseKey(s.submission().id(), label);
        }
        return keys;
    }

    private static NumberAxis rankAxis(ChartTexts texts, int cases) {
        NumberAxis axis = new NumberAxis(texts.text("chart.stability.axis"));
        axis.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        axis.setAutoRange(false);
        axis.setRange(0.5, Math.max(1, cases) + 0.5);
        return axis;
    }

    private static DefaultCategoryDataset medians(List<SubmissionStability> rows, CaseKey[] keys, ChartTexts texts) {
        DefaultCategoryDataset d = new DefaultCategoryDataset();
        for (int i = 0; i < keys.length; i++) {
            d.addValue(rows.get(i).medianRank(), texts.text("chart.stability.median"), keys[i]);
        }
        return d;
    }

    private static DefaultIntervalCategoryDataset intervals(List<SubmissionStability> rows, CaseKey[] keys,
                                                            ChartTexts texts) {
        Number[][] starts = new Number[1][keys.length];
        Number[][] ends = new Number[1][keys.length];
        for (int i = 0; i < keys.length; i++) {
            starts[0][i] = rows.get(i).rankLow() - PAD;
            ends[0][i] = rows.get(i).rankHigh() + PAD;
        }
        return new DefaultIntervalCategoryDataset(new Comparable<?>[] {texts.text("chart.stability.interval")},
                keys, starts, ends);
    }

    private static LineAndShapeRenderer medianRenderer(List<SubmissionStability> rows, ChartTexts texts) {
        LineAndShapeRenderer r = new LineAndShapeRenderer(false, true);
        r.setDefaultToolTipGenerator((ds, row, col) -> tooltip(rows.get(col), texts));
        return r;
    }

    private static IntervalBarRenderer intervalRenderer(List<SubmissionStability> rows, ChartTexts texts) {
        IntervalBarRenderer r = new IntervalBarRenderer() {
            @Override
            public Paint getItemPaint(int row, int column) {
                return bandColour(rows.get(column));
            }
        };
        r.setDefaultToolTipGenerator((ds, row, col) -> tooltip(rows.get(col), texts));
        r.setMaximumBarWidth(0.5);
        return r;
    }

    private static void styleMedians(CategoryPlot plot) {
        LineAndShapeRenderer medians = (LineAndShapeRenderer) plot.getRenderer(0);
        medians.setSeriesPaint(0, ChartColors.TEXT);
        medians.setSeriesShape(0, new java.awt.geom.Rectangle2D.Double(-4, -4, 8, 8));
        plot.setRangeGridlinesVisible(true);
        plot.setDomainGridlinesVisible(false);
    }

    static Paint bandColour(SubmissionStability s) {
        if (s.onCutoff()) {
            return ChartColors.ACCENT;
        }
        return s.probability() >= SubmissionStability.CUTOFF_HIGH ? ChartColors.PRIMARY : ChartColors.NEUTRAL;
    }

    private static LegendItemCollection legend(ChartTexts texts) {
        LegendItemCollection items = new LegendItemCollection();
        items.add(new LegendItem(texts.text("chart.stability.sure"), ChartColors.PRIMARY));
        items.add(new LegendItem(texts.text("chart.stability.cutoffBand"), ChartColors.ACCENT));
        items.add(new LegendItem(texts.text("chart.stability.out"), ChartColors.NEUTRAL));
        return items;
    }

    private static ValueMarker cutoff(int topN, ChartTexts texts) {
        return ChartMarkers.line(topN + 0.5, ChartColors.CUTOFF, texts.text("chart.stability.cutoff", topN), true);
    }

    private static String tooltip(SubmissionStability s, ChartTexts texts) {
        return texts.text("chart.stability.tooltip", CaseLabels.key(s.submission(), false).label(),
                Figures.rank(s.medianRank(), texts.locale()), s.rankLow(), s.rankHigh(),
                Figures.percent(s.probability(), texts.locale()));
    }

    private static String subtitle(StabilityOptions o, ChartTexts texts) {
        return texts.text("chart.stability.subtitle", o.draws(), o.concentration(), String.valueOf(o.seed()),
                ChartMethods.label(o.method(), texts));
    }
}
