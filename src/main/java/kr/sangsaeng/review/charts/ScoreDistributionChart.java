package kr.sangsaeng.review.charts;

import java.awt.geom.Ellipse2D;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import kr.sangsaeng.review.analysis.PanelAnalysis;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.labels.CategoryToolTipGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BoxAndWhiskerRenderer;
import org.jfree.chart.renderer.category.ScatterRenderer;
import org.jfree.data.statistics.DefaultBoxAndWhiskerCategoryDataset;
import org.jfree.data.statistics.DefaultMultiValueCategoryDataset;

/**
 * How the panel's totals spread: a box per case (its reviewers' totals on 0–100) or per reviewer
 * (their totals minus each case's mean: right of zero lenient, left harsh). Each review is also
 * drawn as a dot, because with three reviewers a box alone would hide how few values it holds.
 */
public final class ScoreDistributionChart {
    private ScoreDistributionChart() {
    }

    public static JFreeChart byCase(PanelAnalysis analysis, Locale locale) {
        return create(ScoreGroups.byCase(analysis, ScoreGroups.DEFAULT_LIMIT), false, locale);
    }

    public static JFreeChart byReviewer(PanelAnalysis analysis, Locale locale) {
        return create(ScoreGroups.byReviewer(analysis), true, locale);
    }

    public static JFreeChart create(ScoreGroups groups, boolean reviewers, Locale locale) {
        ChartTexts texts = ChartTexts.of(locale);
        List<Comparable<?>> keys = groups.groups().stream().<Comparable<?>>map(g -> displayKey(g, reviewers, locale))
                .toList();
        CategoryPlot plot = new CategoryPlot();
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        plot.setRangeAxisLocation(AxisLocation.BOTTOM_OR_LEFT);
        plot.setDomainAxis(new CategoryAxis());
        plot.setRangeAxis(valueAxis(reviewers, texts));
        plot.setDataset(0, dots(groups, keys));
        plot.setRenderer(0, dotRenderer(groups, texts));
        plot.setDataset(1, boxes(groups, keys));
        plot.setRenderer(1, boxRenderer(groups, texts));
        plot.setDatasetRenderingOrder(DatasetRenderingOrder.REVERSE);
        JFreeChart chart = new JFreeChart(texts.text(reviewers ? "chart.scores.reviewerTitle"
                : "chart.scores.caseTitle"), plot);
        ChartFonts.apply(chart);
        chart.removeLegend();
        style(plot, reviewers, texts);
        chart.addSubtitle(ChartTitles.subtitle(texts.text(reviewers ? "chart.scores.reviewerSubtitle"
                : "chart.scores.caseSubtitle")));
        if (groups.hidden() > 0) {
            ChartTitles.addNote(chart, texts.text("chart.scores.topN", groups.groups().size(), groups.total()));
        }
        if (!groups.leftOut().isEmpty()) {
            ChartTitles.addNote(chart, texts.text("chart.omitted.noReview", texts.list(groups.leftOut(), MetricTexts.NAMES_IN_NOTE)));
        }
        return chart;
    }

    /** Reviewers are labelled with their bias, the figure the box is about. */
    private static Comparable<?> displayKey(ScoreGroups.Group g, boolean reviewers, Locale locale) {
        if (!reviewers) {
            return g.key();
        }
        ScoreGroups.ReviewerKey k = (ScoreGroups.ReviewerKey) g.key();
        return new ScoreGroups.ReviewerKey(k.reviewerId(), k.label() + " · " + signed(g.mean(), locale));
    }

    private static NumberAxis valueAxis(boolean reviewers, ChartTexts texts) {
        NumberAxis axis = new NumberAxis(texts.text(reviewers ? "chart.scores.deviationAxis" : "chart.scores.totalAxis"));
        if (reviewers) {
            axis.setAutoRangeIncludesZero(true);
            axis.setLowerMargin(0.15);
            axis.setUpperMargin(0.15);
        } else {
            axis.setRange(0, 100);
        }
        return axis;
    }

    private static DefaultBoxAndWhiskerCategoryDataset boxes(ScoreGroups groups, List<Comparable<?>> keys) {
        DefaultBoxAndWhiskerCategoryDataset d = new DefaultBoxAndWhiskerCategoryDataset();
        for (int i = 0; i < keys.size(); i++) {
            d.add(groups.groups().get(i).values(), "box", keys.get(i));
        }
        return d;
    }

    private static DefaultMultiValueCategoryDataset dots(ScoreGroups groups, List<Comparable<?>> keys) {
        DefaultMultiValueCategoryDataset d = new DefaultMultiValueCategoryDataset();
        for (int i = 0; i < keys.size(); i++) {
            d.add(groups.groups().get(i).values(), "review", keys.get(i));
        }
        return d;
    }

    private static BoxAndWhiskerRenderer boxRenderer(ScoreGroups groups, ChartTexts texts) {
        BoxAndWhiskerRenderer r = new BoxAndWhiskerRenderer();
        r.setFillBox(true);
        // JFreeChart draws the mean as a disc as wide as the box, which hides the dots; the
        // tooltip and, for reviewers, the label give the mean instead.
        r.setMeanVisible(false);
        r.setMedianVisible(true);
        r.setMaxOutlierVisible(false);
        r.setMinOutlierVisible(false);
        r.setMaximumBarWidth(0.5);
        r.setDefaultToolTipGenerator(tooltips(groups, texts));
        return r;
    }

    private static ScatterRenderer dotRenderer(ScoreGroups groups, ChartTexts texts) {
        ScatterRenderer r = new ScatterRenderer();
        r.setDefaultToolTipGenerator(tooltips(groups, texts));
        return r;
    }

    private static void style(CategoryPlot plot, boolean reviewers, ChartTexts texts) {
        BoxAndWhiskerRenderer boxes = (BoxAndWhiskerRenderer) plot.getRenderer(1);
        boxes.setSeriesPaint(0, ChartColors.PRIMARY_LIGHT);
        boxes.setSeriesOutlinePaint(0, ChartColors.PRIMARY);
        boxes.setArtifactPaint(ChartColors.PRIMARY);
        boxes.setUseOutlinePaintForWhiskers(true);
        ScatterRenderer dots = (ScatterRenderer) plot.getRenderer(0);
        dots.setSeriesPaint(0, ChartColors.TEXT);
        dots.setSeriesShape(0, new Ellipse2D.Double(-3.5, -3.5, 7, 7));
        plot.setDomainGridlinesVisible(false);
        if (reviewers) {
            plot.addRangeMarker(ChartMarkers.line(0, ChartColors.ACCENT, texts.text("chart.scores.panelMean"), false));
        }
    }

    /** Every value with who gave it (or to which case), so the tooltip shows the exact figures. */
    private static CategoryToolTipGenerator tooltips(ScoreGroups groups, ChartTexts texts) {
        return (ds, row, col) -> {
            ScoreGroups.Group g = groups.groups().get(col);
            NumberFormat nf = NumberFormat.getNumberInstance(texts.locale());
            nf.setMaximumFractionDigits(1);
            StringBuilder sb = new StringBuilder(ds.getColumnKey(col).toString());
            sb.append('\n').append(texts.text("chart.scores.summary", nf.format(g.median()), nf.format(g.mean()),
                    g.values().size()));
            for (int i = 0; i < g.values().size(); i++) {
                sb.append('\n').append(g.sources().get(i)).append(": ").append(nf.format(g.values().get(i)));
            }
            return sb.toString();
        };
    }

    private static String signed(double v, Locale locale) {
        NumberFormat nf = NumberFormat.getNumberInstance(locale);
        nf.setMaximumFractionDigits(1);
        nf.setMinimumFractionDigits(1);
        return (v > 0 ? "+" : "") + nf.format(v);
    }
}
