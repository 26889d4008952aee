package kr.sangsaeng.review.charts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.Locale;
import kr.sangsaeng.review.analysis.PanelAnalysis;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.SpiderWebPlot;
import org.jfree.data.category.CategoryDataset;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CriterionProfileChartTest {
    @TempDir
    static Path dir;
    static DemoRoundData demo;

    @BeforeAll
    static void loadDemo() throws Exception {
        demo = DemoRoundData.load(dir);
    }

    @Test
    void putsEachCriterionMeanOnItsScaleBesideThePanelAverage() {
        PanelAnalysis a = demo.analysis();
        // Woowa Brothers, impact: 4, 3, 5 on a 1–5 scale → mean 4 → 75% of the scale.
        CriterionProfile p = CriterionProfile.of(a, demo.indexOf("2022-03"));
        CriterionProfile.Axis impact = p.axes().get(0);
        assertThat(impact.criterion().key()).isEqualTo("impact");
        assertThat(impact.caseMean()).isCloseTo(4.0, within(1e-9));
        assertThat(impact.caseShare()).isCloseTo(75.0, within(1e-9));
        assertThat(p.completedReviews()).isEqualTo(3);
        // Panel average of impact: each case's mean counts once (2022-02 and 2022-05 have two reviews).
        double expected = (13 / 3.0 + 3.0 + 4.0 + 13 / 3.0 + 4.5 + 10 / 3.0) / 6;
        assertThat(impact.panelMean()).isCloseTo(expected, within(1e-9));
    }

    @Test
    void drawsTheCaseAndThePanelAsTwoWebs() throws Exception {
        JFreeChart chart = CriterionProfileChart.create(demo.analysis(), demo.indexOf("2022-05"), Locale.KOREAN);
        CategoryDataset data = ((SpiderWebPlot) chart.getPlot()).getDataset();
        assertThat(data.getRowKeys()).extracting(Object::toString).containsExactly("쿠팡", "패널 평균");
        assertThat(data.getColumnCount()).isEqualTo(5);
        assertThat(chart.getTitle().getText()).contains("쿠팡");

        BufferedImage img = ChartImages.pngRoundTrip(chart, "profile-ko", 700, 560);
        assertThat(ChartImages.distinctColours(img)).isGreaterThan(20);
        assertThat(ChartImages.pixelsNear(img, ChartColors.PRIMARY, 20)).isGreaterThan(200);
        assertThat(ChartImages.pixelsNear(img, ChartColors.ACCENT, 20)).isGreaterThan(100);
    }

    @Test
    void showsOnlyThePanelForACaseWithoutCompleteReviews() {
        // Build a round where one case has no scores by asking for an index whose reviews we drop.
        PanelAnalysis a = demo.analysis();
        CriterionProfile full = CriterionProfile.of(a, 0);
        CriterionProfile none = new CriterionProfile(full.submission(), 0, full.axes().stream()
                .map(x -> new CriterionProfile.Axis(x.criterion(), Double.NaN, x.panelMean())).toList());
        JFreeChart chart = CriterionProfileChart.create(none, Locale.ENGLISH);
        CategoryDataset data = ((SpiderWebPlot) chart.getPlot()).getDataset();
        assertThat(data.getRowKeys()).extracting(Object::toString).containsExactly("Panel average");
    }
}
