package kr.sangsaeng.review.charts;

import java.awt.BasicStroke;
import java.text.NumberFormat;
import java.util.Locale;
import kr.sangsaeng.review.analysis.PanelAnalysis;
import org.jfree.chart.JFreeChart;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * Spider web of one case's criterion means against the panel average, each on 0–100% of the
 * criterion's scale (see {@link CriterionProfile}). Used in the Compare view and, one per
 * shortlisted case, in the PDF report.
 */
public final class CriterionProfileChart {
    private CriterionProfileChart() {
    }

    public static JFreeChart create(PanelAnalysis analysis, int submissionIndex, Locale locale) {
        return create(CriterionProfile.of(analysis, submissionIndex), locale);
    }

    public static JFreeChart create(CriterionProfile profile, Locale locale) {
        ChartTexts texts = ChartTexts.of(locale);
        String caseLabel = CaseLabels.key(profile.submission(), false).label();
        String panelLabel = texts.text("chart.profile.panel");
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        if (profile.hasScores()) {
            profile.axes().forEach(a -> data.addValue(a.caseShare(), caseLabel, axisLabel(a)));
        }
        profile.axes().stream().filter(a -> !Double.isNaN(a.panelMean()))
                .forEach(a -> data.addValue(a.panelShare(), panelLabel, axisLabel(a)));

        ProfileWebPlot plot = new ProfileWebPlot(data);
        plot.setInteriorGap(0.22);
        plot.setWebFilled(true);
        plot.setToolTipGenerator((ds, row, col) ->
                tooltip(profile, ds.getRowKey(row), ds.getColumnKey(col), !ds.getRowKey(row).equals(panelLabel), locale));
        JFreeChart chart = new JFreeChart(texts.text("chart.profile.title", caseLabel), plot);
        ChartFonts.apply(chart);
        int caseSeries = profile.hasScores() ? 0 : -1;
        if (caseSeries == 0) {
            plot.setSeriesPaint(0, ChartColors.PRIMARY);
            plot.setSeriesOutlineStroke(0, new BasicStroke(2.2f));
        }
        plot.setSeriesPaint(caseSeries + 1, ChartColors.ACCENT);
        plot.setSeriesOutlineStroke(caseSeries + 1, new BasicStroke(1.5f, BasicStroke.CAP_ROUND,
                BasicStroke.JOIN_ROUND, 1f, new float[] {6f, 4f}, 0f));
        plot.setLabelFont(ChartFonts.regular(12));
        plot.setLabelPaint(ChartColors.TEXT);
        plot.setAxisLinePaint(ChartColors.GRID);
        String subtitle = profile.hasScores()
                ? texts.text("chart.profile.subtitle", profile.completedReviews())
                : texts.text("chart.profile.noScores");
        chart.addSubtitle(ChartTitles.subtitle(subtitle));
        return chart;
    }

    private static String axisLabel(CriterionProfile.Axis a) {
        return a.criterion().label().isBlank() ? a.criterion().key() : a.criterion().label();
    }

    private static String tooltip(CriterionProfile profile, Comparable<?> series, Comparable<?> column,
                                  boolean caseSeries, Locale locale) {
        CriterionProfile.Axis a = profile.axes().stream().filter(x -> axisLabel(x).equals(column)).findFirst()
                .orElseThrow();
        double mean = caseSeries ? a.caseMean() : a.panelMean();
        double share = caseSeries ? a.caseShare() : a.panelShare();
        NumberFormat nf = NumberFormat.getNumberInstance(locale);
        nf.setMaximumFractionDigits(2);
        return series + " · " + axisLabel(a) + ": " + nf.format(mean) + " / " + nf.format(a.criterion().max())
                + " (" + Math.round(share) + "%)";
    }
}
