package kr.sangsaeng.review.ui.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import kr.sangsaeng.review.analysis.PanelAnalysis;
import kr.sangsaeng.review.analysis.PanelData;
import kr.sangsaeng.review.charts.Normalisation;
import kr.sangsaeng.review.charts.RoundMetrics;
import kr.sangsaeng.review.demo.DemoRound;
import kr.sangsaeng.review.model.Criterion;
import kr.sangsaeng.review.model.Submission;
import kr.sangsaeng.review.model.SubmissionStatus;
import kr.sangsaeng.review.store.ReviewStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Compare view's choice of chart, without a screen: a chart, or a sentence saying why not. */
class CompareChartsTest {
    @TempDir
    Path dir;

    @Test
    void drawsEveryKindForTheDemoRound() throws Exception {
        CompareData data;
        try (ReviewStore store = DemoRound.createAt(dir.resolve("demo.sangsaeng"))) {
            data = CompareData.read(kr.sangsaeng.review.service.TestRounds.over(store));
        }
        var merchants = data.metrics().merchantMetric().orElseThrow();
        var growth = data.metrics().metricsWithBaseline().get(0);
        for (ChartKind kind : ChartKind.values()) {
            var metric = kind == ChartKind.GROWTH ? growth : merchants;
            var sel = new CompareSelection(kind, metric, growth, null, Normalisation.RAW, null, 3);
            CompareCharts.Built built = CompareCharts.build(data, sel, null, Locale.KOREAN);
            if (kind == ChartKind.STABILITY) {
                assertThat(built.messageKey()).isEqualTo("compare.computing");
            } else {
                assertThat(built.chart()).as(kind.name()).isNotNull();
            }
        }
    }

    @Test
    void saysWhyThereIsNoChartForAnEmptyRound() {
        Submission s = new Submission(1, "R-1", 1, "P", "t", Set.of(), "", SubmissionStatus.SUBMITTED);
        Criterion c = new Criterion(1, "impact", "Impact", 100, 1, 5, "", 1);
        CompareData data = new CompareData(RoundMetrics.of(List.of(s), List.of(), List.of()),
                PanelAnalysis.of(new PanelData(List.of(c), List.of(), List.of(s), List.of(), List.of())));
        assertThat(build(data, ChartKind.METRIC)).isEqualTo("compare.noMetrics");
        assertThat(build(data, ChartKind.GROWTH)).isEqualTo("compare.noMetrics");
        assertThat(build(data, ChartKind.SCORES_BY_CASE)).isEqualTo("compare.noScores");
        assertThat(build(data, ChartKind.STABILITY)).isEqualTo("compare.noScores");
    }

    private static String build(CompareData data, ChartKind kind) {
        return CompareCharts.build(data, new CompareSelection(kind, null, null, null, Normalisation.RAW, null, 1),
                null, Locale.ENGLISH).messageKey();
    }
}
