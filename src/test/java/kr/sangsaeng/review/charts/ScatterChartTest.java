package kr.sangsaeng.review.charts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import kr.sangsaeng.review.model.Metric;
import kr.sangsaeng.review.model.MetricUnit;
import kr.sangsaeng.review.model.MetricValue;
import kr.sangsaeng.review.model.Submission;
import kr.sangsaeng.review.model.SubmissionStatus;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.LogAxis;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScatterChartTest {
    @TempDir
    static Path dir;
    static DemoRoundData demo;

    @BeforeAll
    static void loadDemo() throws Exception {
        demo = DemoRoundData.load(dir);
    }

    @Test
    void drawsOnlyTheCasesWithBothFiguresAndListsTheRest() throws Exception {
        ScatterData d = ScatterData.of(demo.round(), demo.metric("merchants"), demo.metric("sales_growth"),
                demo.metric("max_payout"), Normalisation.RAW);
        assertThat(d.points()).extracting(p -> p.key().label(), p -> p.x().raw(), p -> p.y().raw())
                .containsExactly(tuple("지마켓", 900.0, 628.0), tuple("쿠팡", 300.0, 89.0));
        assertThat(d.withoutSize()).extracting(CaseKey::label).containsExactlyInAnyOrder("지마켓", "쿠팡");
        assertThat(d.omitted()).extracting(o -> o.key().label()).containsExactly(
                "롯데쇼핑e커머스", "11번가", "우아한형제들", "한국우편사업진흥원");

        JFreeChart chart = ScatterChart.create(d, Locale.KOREAN);
        assertThat(MetricBarChartTest.texts(chart)).contains("척도: 보고된 값 그대로 · 점 크기: 최대 보상액");
        assertThat(chart.getXYPlot().getRenderer().getDefaultItemLabelGenerator()
                .generateLabel(chart.getXYPlot().getDataset(), 0, 1)).isEqualTo("쿠팡");
        BufferedImage img = ChartImages.pngRoundTrip(chart, "scatter-demo-ko", 800, 520);
        assertThat(ChartImages.pixelsNear(img, ChartColors.NEUTRAL, 8)).isGreaterThan(100);
    }

    @Test
    void sizesPointsByAreaAndDrawsLargestFirst() throws Exception {
        Metric reach = new Metric(1, "merchants", "Merchants", MetricUnit.PERSONS, true, 0, 1);
        Metric impact = new Metric(2, "growth", "Sales growth", MetricUnit.PERCENT, true, 0, 2);
        Metric sales = new Metric(3, "sales", "Sales", MetricUnit.KRW, true, 0, 3);
        RoundMetrics round = round(List.of(reach, impact, sales), new double[][] {
                {30_000, 15, 400_000_000}, {4_000, 60, 100_000_000}, {300, 89, 25_000_000}, {900, 628, Double.NaN}});
        ScatterData d = ScatterData.of(round, reach, impact, sales, Normalisation.LOG);
        assertThat(d.points()).extracting(p -> p.key().label()).containsExactly("P0", "P1", "P2", "P3");
        double max = d.maxSize();
        assertThat(ScatterChart.diameter(d.points().get(0), max, 4)).isEqualTo(56.0);
        // A quarter of the largest figure: half the diameter's range, i.e. a quarter of the area.
        assertThat(ScatterChart.diameter(d.points().get(1), max, 4)).isEqualTo(10 + 46 * 0.5);
        assertThat(ScatterChart.diameter(d.points().get(3), max, 4)).isEqualTo(10.0);
        // Thousands of points shrink so the cloud keeps its shape.
        assertThat(ScatterChart.diameter(d.points().get(0), max, 5_000)).isEqualTo(16.0);

        JFreeChart chart = ScatterChart.create(d, Locale.ENGLISH);
        assertThat(chart.getXYPlot().getDomainAxis()).isInstanceOf(LogAxis.class);
        BufferedImage img = ChartImages.pngRoundTrip(chart, "scatter-log-en", 800, 520);
        assertThat(ChartImages.distinctColours(img)).isGreaterThan(30);
        assertThat(ChartImages.nonWhiteShare(img)).isGreaterThan(0.02);
    }

    /** Cases P0, P1, … reporting the given figures per metric (NaN = not reported). */
    static RoundMetrics round(List<Metric> metrics, double[][] figures) {
        List<Submission> subs = new ArrayList<>();
        List<MetricValue> values = new ArrayList<>();
        for (int i = 0; i < figures.length; i++) {
            subs.add(new Submission(i + 1, "R-" + i, i + 1, "P" + i, "case", Set.of(), "", SubmissionStatus.SUBMITTED));
            for (int m = 0; m < metrics.size(); m++) {
                if (!Double.isNaN(figures[i][m])) {
                    values.add(new MetricValue(i + 1, metrics.get(m).id(), figures[i][m], false, ""));
                }
            }
        }
        return RoundMetrics.of(subs, metrics, values);
    }
}
