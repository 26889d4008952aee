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
}
