package kr.sangsaeng.review.charts;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.entity.ChartEntity;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A click on any drawn case must lead back to that case, whatever the chart. */
class ChartCasesTest {
    @TempDir
    static Path dir;
    static DemoRoundData demo;

    @BeforeAll
    static void loadDemo() throws Exception {
        demo = DemoRoundData.load(dir);
    }

    @Test
    void findsTheCaseBehindBarsBoxesAndPoints() {
        long woowa = demo.submissions().stream().filter(s -> s.ref().equals("2022-03")).findFirst().orElseThrow().id();
        long coupang = demo.submissions().stream().filter(s -> s.ref().equals("2022-05")).findFirst().orElseThrow().id();
        JFreeChart bars = MetricBarChart.create(MetricSeriesBuilder.build(demo.round(), demo.metric("merchants"),
                Normalisation.RAW), Locale.KOREAN);
        JFreeChart boxes = ScoreDistributionChart.byCase(demo.analysis(), Locale.KOREAN);
        JFreeChart points = ScatterChart.create(ScatterData.of(demo.round(), demo.metric("merchants"),
                demo.metric("sales_growth"), null, Normalisation.RAW), Locale.KOREAN);
        assertThat(casesDrawn(bars)).contains(woowa, coupang);
        assertThat(casesDrawn(boxes)).contains(woowa, coupang);
        assertThat(casesDrawn(points)).containsOnly(coupang, demo.submissions().stream()
                .filter(s -> s.ref().equals("2022-04")).findFirst().orElseThrow().id());
    }

    private static List<Long> casesDrawn(JFreeChart chart) {
        ChartRenderingInfo info = new ChartRenderingInfo();
        BufferedImage img = chart.createBufferedImage(800, 500, info);
        assertThat(img).isNotNull();
        @SuppressWarnings("unchecked")
        java.util.Collection<ChartEntity> entities = info.getEntityCollection().getEntities();
        return entities.stream().map(ChartCases::at).flatMap(Optional::stream).map(CaseKey::submissionId)
                .distinct().toList();
    }
}
