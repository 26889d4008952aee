package kr.sangsaeng.review.charts;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.Locale;
import kr.sangsaeng.review.analysis.PanelAnalysis;
import kr.sangsaeng.review.app.PanelLoader;
import kr.sangsaeng.review.model.Metric;
import kr.sangsaeng.review.store.ReviewStore;
import kr.sangsaeng.review.synthetic.RoundSpec;
import kr.sangsaeng.review.synthetic.SyntheticRound;
import org.jfree.chart.JFreeChart;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A 10,000-case round: charts show a readable top N with a note, and draw in well under a second each. */
class LargeRoundChartsTest {
    @TempDir
    static Path dir;
    static RoundMetrics round;
    static PanelAnalysis analysis;

    @BeforeAll
    static void generate() throws Exception {
        try (ReviewStore store = SyntheticRound.createAt(dir.resolve("big.sangsaeng"), new RoundSpec(10_000, 5, 5, 7))) {
            var panel = PanelLoader.load(store);
            round = RoundMetrics.of(panel.submissions(), store.metrics().findAll(), store.metrics().findAllValues());
            analysis = PanelAnalysis.of(panel);
        }
    }

    @Test
    void barsShowTheTopThirtyWithANote() throws Exception {
        Metric m = round.metrics().get(0);
        MetricSeries s = MetricSeriesBuilder.build(round, m, Normalisation.PERCENTILE, MetricSeriesBuilder.DEFAULT_LIMIT);
        assertThat(s.points()).hasSize(30);
        assertThat(s.reported()).isGreaterThan(8_000);
        JFreeChart chart = MetricBarChart.create(s, Locale.ENGLISH);
        assertThat(MetricBarChartTest.texts(chart)).anyMatch(t -> t.startsWith("Showing the top 30 of "));
        assertDrawsQuickly(chart, "large-metric-en");
    }

    @Test
    void boxesShowTheBestThirtyCases() throws Exception {
        JFreeChart chart = ScoreDistributionChart.byCase(analysis, Locale.KOREAN);
        assertThat(chart.getCategoryPlot().getDataset(1).getColumnCount()).isEqualTo(30);
        assertDrawsQuickly(chart, "large-scores-ko");
        assertDrawsQuickly(ScoreDistributionChart.byReviewer(analysis, Locale.KOREAN), "large-reviewers-ko");
    }

    @Test
    void theScatterDrawsEveryPointButNamesOnlyTen() throws Exception {
        ScatterData d = ScatterData.of(round, round.metrics().get(0), round.metrics().get(3), round.metrics().get(4),
                Normalisation.LOG);
        assertThat(d.points().size()).isGreaterThan(7_000);
        assertThat(d.labelled()).isEqualTo(ScatterData.CROWDED_LABEL_LIMIT);
        assertDrawsQuickly(ScatterChart.create(d, Locale.ENGLISH), "large-scatter-en");
        GrowthComparison g = GrowthComparison.of(round, round.metricsWithBaseline().get(0), 30);
        assertThat(g.rows()).hasSize(30);
        assertDrawsQuickly(GrowthChart.create(g, Locale.ENGLISH), "large-growth-en");
    }

    private static void assertDrawsQuickly(JFreeChart chart, String name) throws Exception {
        long start = System.nanoTime();
        BufferedImage img = ChartImages.pngRoundTrip(chart, name, 1000, 700);
        long ms = (System.nanoTime() - start) / 1_000_000;
        assertThat(ChartImages.nonWhiteShare(img)).isGreaterThan(0.03);
        // Generous for a shared build machine; on a laptop each takes a few hundred milliseconds.
        assertThat(ms).as("drawing %s", name).isLessThan(5_000);
    }
}
