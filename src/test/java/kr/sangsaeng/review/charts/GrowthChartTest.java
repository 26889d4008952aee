package kr.sangsaeng.review.charts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.Locale;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.CategoryPlot;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GrowthChartTest {
    @TempDir
    static Path dir;
    static DemoRoundData demo;
    static GrowthComparison growth;

    @BeforeAll
    static void loadDemo() throws Exception {
        demo = DemoRoundData.load(dir);
        growth = GrowthComparison.of(demo.round(), demo.metric("sales_growth"), 30);
    }

    @Test
    void putsCoupangsGrowthBesideItsBaselineWithTheUplift() {
        assertThat(growth.baseline().key()).isEqualTo("baseline_growth");
        assertThat(growth.rows()).extracting(r -> r.key().label(), r -> r.growth().value(), GrowthComparison.Row::uplift)
                .containsExactly(tuple("쿠팡", 89.0, 60.0), tuple("지마켓", 628.0, Double.NaN));
        assertThat(growth.withoutBaseline()).extracting(CaseKey::label).containsExactly("지마켓");
        assertThat(growth.omitted()).hasSize(4).allMatch(o -> o.reason() == Omission.Reason.NOT_REPORTED);
    }

    @Test
    void labelsTheUpliftInPercentagePoints() throws Exception {
        JFreeChart ko = GrowthChart.create(growth, Locale.KOREAN);
        CategoryPlot plot = ko.getCategoryPlot();
        var labels = plot.getRenderer().getDefaultItemLabelGenerator();
        assertThat(labels.generateLabel(plot.getDataset(), 0, 0)).isEqualTo("+89% · 기준 대비 +60%p");
        assertThat(labels.generateLabel(plot.getDataset(), 1, 0)).isEqualTo("+29%");
        assertThat(labels.generateLabel(plot.getDataset(), 0, 1)).isEqualTo("+628%");
        // Gmarket's baseline is missing, not zero.
        assertThat(plot.getDataset().getValue("비교 기준 증가율", plot.getDataset().getColumnKey(1))).isNull();
        assertThat(MetricBarChartTest.texts(ko)).contains("비교 기준 미보고: 지마켓");
        BufferedImage img = ChartImages.pngRoundTrip(ko, "growth-ko", 800, 500);
        assertThat(ChartImages.pixelsNear(img, ChartColors.PRIMARY, 8)).isGreaterThan(2000);
        assertThat(ChartImages.pixelsNear(img, ChartColors.NEUTRAL, 8)).isGreaterThan(300);

        JFreeChart en = GrowthChart.create(growth, Locale.ENGLISH);
        assertThat(en.getCategoryPlot().getRenderer().getDefaultItemLabelGenerator()
                .generateLabel(en.getCategoryPlot().getDataset(), 0, 0)).isEqualTo("+89% · +60 pp vs baseline");
        String tip = en.getCategoryPlot().getRenderer().getDefaultToolTipGenerator()
                .generateToolTip(en.getCategoryPlot().getDataset(), 0, 0);
        assertThat(tip).contains("쿠팡", "+89%", "+29% (쿠팡 전체)", "+60 pp");
    }
}
