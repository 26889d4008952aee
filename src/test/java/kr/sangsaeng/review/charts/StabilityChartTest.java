package kr.sangsaeng.review.charts;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.Locale;
import kr.sangsaeng.review.analysis.ShortlistRule;
import kr.sangsaeng.review.analysis.StabilityOptions;
import kr.sangsaeng.review.analysis.StabilityProgress;
import kr.sangsaeng.review.analysis.StabilityResult;
import kr.sangsaeng.review.analysis.SubmissionStability;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.Marker;
import org.jfree.chart.plot.ValueMarker;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StabilityChartTest {
    @TempDir
    static Path dir;
    static StabilityResult result;

    @BeforeAll
    static void runStability() throws Exception {
        DemoRoundData demo = DemoRoundData.load(dir);
        StabilityOptions o = StabilityOptions.defaults(ShortlistRule.top(3)).withDraws(400).withThreads(1);
        result = demo.analysis().stability(o, StabilityProgress.NONE);
    }

    @Test
    void listsCasesByMedianRank() {
        StabilityRows rows = StabilityRows.of(result, 30);
        assertThat(rows.shown()).hasSize(6);
        assertThat(rows.topN()).isEqualTo(3);
        assertThat(rows.shown()).extracting(SubmissionStability::medianRank).isSorted();
    }

    @Test
    void drawsIntervalsWithTheCutoffLineAfterTheTopN() throws Exception {
        JFreeChart chart = StabilityChart.create(result, Locale.KOREAN);
        CategoryPlot plot = chart.getCategoryPlot();
        assertThat(plot.getDataset(0).getColumnCount()).isEqualTo(6);
        assertThat(plot.getRangeMarkers(org.jfree.chart.ui.Layer.FOREGROUND)).hasSize(1);
        Marker cut = (Marker) plot.getRangeMarkers(org.jfree.chart.ui.Layer.FOREGROUND).iterator().next();
        assertThat(((ValueMarker) cut).getValue()).isEqualTo(3.5);
        assertThat(cut.getLabel()).isEqualTo("상위 3위 선정선");

        BufferedImage img = ChartImages.pngRoundTrip(chart, "stability-ko", 800, 480);
        assertThat(ChartImages.distinctColours(img)).isGreaterThan(20);
        assertThat(ChartImages.pixelsNear(img, ChartColors.CUTOFF, 10)).isGreaterThan(50);
    }

    @Test
    void cutsALargeRoundButKeepsCasesPastTheCutoff() {
        StabilityRows rows = StabilityRows.of(result, 2);
        // The limit is below N + 10, so every case of this small round stays.
        assertThat(rows.shown()).hasSize(6);
        assertThat(rows.hidden()).isZero();
    }

    @Test
    void aCaseTheRuleCannotTakeSaysItLacksReviewsInsteadOfABareZero() {
        // Two demo cases have two completed reviews; with three required the rule never takes them.
        DemoRoundData demo;
        try {
            demo = DemoRoundData.load(dir.resolve("min3"));
        } catch (Exception e) {
            throw new AssertionError(e);
        }
        StabilityOptions o = StabilityOptions.defaults(ShortlistRule.top(3).withMinReviews(3)).withDraws(200)
                .withThreads(1);
        StabilityResult min3 = demo.analysis().stability(o, StabilityProgress.NONE);
        JFreeChart chart = StabilityChart.create(min3, Locale.ENGLISH);
        java.util.List<String> labels = labels(chart);
        assertThat(labels).filteredOn(l -> l.contains("too few reviews (2 of 3)")).hasSize(2)
                .allSatisfy(l -> assertThat(l).contains("0%"));
        assertThat(labels).filteredOn(l -> l.contains("too few reviews")).noneMatch(l -> l.contains("100%"));
        assertThat(texts(chart)).contains("Too few reviews").contains("fewer than 3 completed reviews");

        assertThat(labels(StabilityChart.create(result, Locale.ENGLISH))).noneMatch(l -> l.contains("too few reviews"));
    }

    private static java.util.List<String> labels(JFreeChart chart) {
        java.util.List<?> keys = chart.getCategoryPlot().getDataset(0).getColumnKeys();
        return keys.stream().map(Object::toString).toList();
    }

    private static String texts(JFreeChart chart) {
        StringBuilder sb = new StringBuilder();
        for (Object t : chart.getSubtitles()) {
            if (t instanceof org.jfree.chart.title.TextTitle tt) {
                sb.append(tt.getText()).append('\n');
            }
        }
        return sb.toString();
    }
}
