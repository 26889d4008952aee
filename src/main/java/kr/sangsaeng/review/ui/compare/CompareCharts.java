package kr.sangsaeng.review.ui.compare;

import java.util.Locale;
import kr.sangsaeng.review.analysis.StabilityResult;
import kr.sangsaeng.review.charts.CriterionProfileChart;
import kr.sangsaeng.review.charts.GrowthChart;
import kr.sangsaeng.review.charts.GrowthComparison;
import kr.sangsaeng.review.charts.MetricBarChart;
import kr.sangsaeng.review.charts.MetricSeriesBuilder;
import kr.sangsaeng.review.charts.ScatterChart;
import kr.sangsaeng.review.charts.ScatterData;
import kr.sangsaeng.review.charts.ScoreDistributionChart;
import kr.sangsaeng.review.charts.StabilityChart;
import org.jfree.chart.JFreeChart;

/**
 * Turns a selection into a chart, or into the reason there is none (a message key). No JavaFX, so
 * the same choice gives the same chart on screen and in an export, built afresh for each.
 */
final class CompareCharts {
    /**
     * A chart, or the key of a sentence that says why there is none; {@code metricLabel} is the
     * figure the sentence names, when it names one.
     */
    record Built(JFreeChart chart, String messageKey, String metricLabel) {
        Built(JFreeChart chart, String messageKey) {
            this(chart, messageKey, "");
        }

        static Built message(String key) {
            return new Built(null, key);
        }
    }

    private CompareCharts() {
    }

    /** {@code stability} is the finished run for this selection, or null while it is not. */
    static Built build(CompareData data, CompareSelection sel, StabilityResult stability, Locale locale) {
        var table = data.analysis().table();
        if (sel.kind().usesMetric() && sel.metric() == null) {
            return Built.message("compare.noMetrics");
        }
        if (sel.kind() == ChartKind.GROWTH && data.metrics().metric(sel.metric().baselineMetricId()).isEmpty()) {
            return new Built(null, "compare.chooseBaseline", sel.metric().label());
        }
        if (!sel.kind().usesMetric() && table.submissionCount() == 0) {
            return Built.message("compare.noCases");
        }
        if (!sel.kind().usesMetric() && table.reviewCount() == 0 && sel.kind() != ChartKind.PROFILE) {
            return Built.message("compare.noScores");
        }
        return switch (sel.kind()) {
            case METRIC -> new Built(MetricBarChart.create(MetricSeriesBuilder.build(data.metrics(), sel.metric(),
                    sel.normalisation(), MetricSeriesBuilder.DEFAULT_LIMIT), locale), null);
            case GROWTH -> new Built(GrowthChart.create(GrowthComparison.of(data.metrics(), sel.metric(),
                    MetricSeriesBuilder.DEFAULT_LIMIT), locale), null);
            case SCATTER -> sel.yMetric() == null ? Built.message("compare.noMetrics")
                    : new Built(ScatterChart.create(ScatterData.of(data.metrics(), sel.metric(), sel.yMetric(),
                    sel.sizeMetric(), sel.normalisation()), locale), null);
            case SCORES_BY_CASE -> new Built(ScoreDistributionChart.byCase(data.analysis(), locale), null);
            case SCORES_BY_REVIEWER -> new Built(ScoreDistributionChart.byReviewer(data.analysis(), locale), null);
            case PROFILE -> profile(data, sel, locale);
            case STABILITY -> stability == null ? Built.message("compare.computing")
                    : new Built(StabilityChart.create(stability, locale), null);
        };
    }

    private static Built profile(CompareData data, CompareSelection sel, Locale locale) {
        var subs = data.analysis().table().submissions();
        int index = sel.profileCase() == null ? 0 : subs.indexOf(sel.profileCase());
        return new Built(CriterionProfileChart.create(data.analysis(), Math.max(0, index), locale), null);
    }
}
