package kr.sangsaeng.review.charts;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import kr.sangsaeng.review.model.EvidencePin;
import kr.sangsaeng.review.model.PinStatus;
import kr.sangsaeng.review.model.Submission;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.CategoryPlot;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UnverifiedFiguresTest {
    @TempDir
    static Path dir;
    static DemoRoundData demo;

    @BeforeAll
    static void loadDemo() throws Exception {
        demo = DemoRoundData.load(dir);
    }

    @Test
    void onceFiguresArePinnedTheOnesNotVerifiedCarryAMarkAndTheChartSaysWhy() {
        Submission woowa = demo.submissions().stream().filter(s -> s.ref().equals("2022-03")).findFirst().orElseThrow();
        long merchants = demo.metric("merchants").id();
        EvidencePin pin = new EvidencePin(1, woowa.id(), merchants, 1, 2, "", PinStatus.VERIFIED, "", "secretary", Instant.now());
        RoundMetrics round = demo.round().withEvidence(List.of(pin));
        JFreeChart chart = MetricBarChart.create(MetricSeriesBuilder.build(round, demo.metric("merchants"), Normalisation.RAW),
                Locale.KOREAN);
        CategoryPlot plot = chart.getCategoryPlot();
        var labels = plot.getRenderer().getDefaultItemLabelGenerator();
        assertThat(plot.getDataset().getColumnKey(0).toString()).isEqualTo("우아한형제들");
        assertThat(labels.generateLabel(plot.getDataset(), 0, 0)).isEqualTo("약 3만 명");
        assertThat(labels.generateLabel(plot.getDataset(), 0, 1)).isEqualTo("약 4,000개사 *");
        assertThat(MetricBarChartTest.texts(chart)).contains("* 제출 문서의 쪽으로 아직 확인되지 않은 수치");
    }

    @Test
    void aRoundThatPinsNothingMarksNothing() {
        JFreeChart chart = MetricBarChart.create(MetricSeriesBuilder.build(demo.round().withEvidence(List.of()),
                demo.metric("merchants"), Normalisation.RAW), Locale.KOREAN);
        var labels = chart.getCategoryPlot().getRenderer().getDefaultItemLabelGenerator();
        assertThat(labels.generateLabel(chart.getCategoryPlot().getDataset(), 0, 1)).doesNotContain("*");
    }

    @Test
    void theGrowthChartMarksEachBarWhoseFigureIsNotVerified() throws Exception {
        Submission coupang = byRef("2022-05");
        RoundMetrics round = demo.round().withEvidence(List.of(verified(coupang, "sales_growth")));
        GrowthComparison growth = GrowthComparison.of(round, demo.metric("sales_growth"), 30);
        JFreeChart chart = GrowthChart.create(growth, Locale.KOREAN);
        CategoryPlot plot = chart.getCategoryPlot();
        var labels = plot.getRenderer().getDefaultItemLabelGenerator();
        assertThat(plot.getDataset().getColumnKey(0).toString()).isEqualTo("쿠팡");
        assertThat(labels.generateLabel(plot.getDataset(), 0, 0)).isEqualTo("+89% · 기준 대비 +60%p");
        assertThat(labels.generateLabel(plot.getDataset(), 1, 0)).isEqualTo("+29% *");
        assertThat(labels.generateLabel(plot.getDataset(), 0, 1)).isEqualTo("+628% *");
        assertThat(plot.getRenderer().getDefaultToolTipGenerator().generateToolTip(plot.getDataset(), 0, 0))
                .contains("+89% (+89% (상반기))", "+29% * (+29% (쿠팡 전체))");
        assertThat(MetricBarChartTest.texts(chart)).contains("* 제출 문서의 쪽으로 아직 확인되지 않은 수치");
        ChartImages.pngRoundTrip(chart, "growth-unverified-ko", 800, 500);

        JFreeChart en = GrowthChart.create(growth, Locale.ENGLISH);
        assertThat(MetricBarChartTest.texts(en)).contains("* not yet verified against the page of a submitted document");
    }

    @Test
    void theScatterMarksAPointDrawnFromAFigureNotVerified() throws Exception {
        Submission coupang = byRef("2022-05");
        RoundMetrics round = demo.round().withEvidence(List.of(verified(coupang, "merchants"),
                verified(coupang, "sales_growth")));
        ScatterData d = ScatterData.of(round, demo.metric("merchants"), demo.metric("sales_growth"), null,
                Normalisation.RAW);
        JFreeChart chart = ScatterChart.create(d, Locale.KOREAN);
        var labels = chart.getXYPlot().getRenderer().getDefaultItemLabelGenerator();
        assertThat(d.points()).extracting(p -> p.key().label()).containsExactly("지마켓", "쿠팡");
        assertThat(labels.generateLabel(chart.getXYPlot().getDataset(), 0, 0)).isEqualTo("지마켓 *");
        assertThat(labels.generateLabel(chart.getXYPlot().getDataset(), 0, 1)).isEqualTo("쿠팡");
        assertThat(chart.getXYPlot().getRenderer().getDefaultToolTipGenerator()
                .generateToolTip(chart.getXYPlot().getDataset(), 0, 0)).contains("약 900명 * (900)", "+628% * (628)");
        assertThat(MetricBarChartTest.texts(chart)).contains("* 제출 문서의 쪽으로 아직 확인되지 않은 수치");
        ChartImages.pngRoundTrip(chart, "scatter-unverified-ko", 800, 520);
    }

    @Test
    void growthAndScatterOfARoundThatPinsNothingCarryNoMark() {
        RoundMetrics round = demo.round().withEvidence(List.of());
        JFreeChart growth = GrowthChart.create(GrowthComparison.of(round, demo.metric("sales_growth"), 30), Locale.KOREAN);
        JFreeChart scatter = ScatterChart.create(ScatterData.of(round, demo.metric("merchants"),
                demo.metric("sales_growth"), null, Normalisation.RAW), Locale.KOREAN);
        assertThat(growth.getCategoryPlot().getRenderer().getDefaultItemLabelGenerator()
                .generateLabel(growth.getCategoryPlot().getDataset(), 1, 0)).isEqualTo("+29%");
        assertThat(scatter.getXYPlot().getRenderer().getDefaultItemLabelGenerator()
                .generateLabel(scatter.getXYPlot().getDataset(), 0, 0)).isEqualTo("지마켓");
        assertThat(MetricBarChartTest.texts(growth)).noneMatch(t -> t.contains("확인되지 않은"));
        assertThat(MetricBarChartTest.texts(scatter)).noneMatch(t -> t.contains("확인되지 않은"));
    }

    private static Submission byRef(String ref) {
        return demo.submissions().stream().filter(s -> s.ref().equals(ref)).findFirst().orElseThrow();
    }

    private static EvidencePin verified(Submission s, String metric) {
        return new EvidencePin(1, s.id(), demo.metric(metric).id(), 1, 2, "", PinStatus.VERIFIED, "", "secretary",
                Instant.now());
    }
}
