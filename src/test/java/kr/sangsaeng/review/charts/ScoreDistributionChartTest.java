package kr.sangsaeng.review.charts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.Locale;
import kr.sangsaeng.review.analysis.PanelAnalysis;
import kr.sangsaeng.review.analysis.ReviewerBiasEntry;
import org.jfree.chart.JFreeChart;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScoreDistributionChartTest {
    @TempDir
    static Path dir;
    static PanelAnalysis analysis;

    @BeforeAll
    static void loadDemo() throws Exception {
        analysis = DemoRoundData.load(dir).analysis();
    }

    @Test
    void groupsEachCasesCompleteTotalsHighestMedianFirst() {
        ScoreGroups g = ScoreGroups.byCase(analysis, 30);
        assertThat(g.groups()).extracting(x -> x.key().toString())
                .containsExactly("우아한형제들", "롯데쇼핑e커머스", "지마켓", "쿠팡", "한국우편사업진흥원", "11번가");
        ScoreGroups.Group woowa = g.groups().get(0);
        // Rubric 30/20/20/15/15 on 1–5: the chair's 4,5,5,3,5 is 85 points.
        assertThat(woowa.values()).containsExactly(85.0, 77.5, 96.25);
        assertThat(woowa.sources()).containsExactly("김서연 (예시 위원장)", "박준호 (예시 위원)", "이하은 (예시 위원)");
        // 11st: the third review is incomplete and Coupang's third reviewer recused: two values each.
        assertThat(g.groups().get(5).values()).containsExactly(55.0, 42.5);
        assertThat(g.groups().get(3).values()).hasSize(2);
        assertThat(g.leftOut()).isEmpty();
    }

    @Test
    void showsOnlyTheTopCasesOfALargeRound() {
        ScoreGroups g = ScoreGroups.byCase(analysis, 2);
        assertThat(g.groups()).hasSize(2);
        assertThat(g.hidden()).isEqualTo(4);
    }

    @Test
    void aReviewersMeanDeviationIsTheirBias() {
        ScoreGroups g = ScoreGroups.byReviewer(analysis);
        assertThat(g.groups()).hasSize(3);
        for (ReviewerBiasEntry b : analysis.reviewerBias()) {
            ScoreGroups.Group group = g.groups().stream()
                    .filter(x -> ((ScoreGroups.ReviewerKey) x.key()).reviewerId() == b.reviewer().id()).findFirst()
                    .orElseThrow();
            assertThat(group.mean()).isCloseTo(b.bias(), within(1e-9));
            assertThat(group.values()).hasSize(b.reviews());
        }
        assertThat(g.groups()).extracting(ScoreGroups.Group::mean).isSortedAccordingTo((a, b) -> Double.compare(b, a));
        assertThat(g.groups().get(0).key().toString()).isEqualTo("이하은 (예시 위원)");
    }

    @Test
    void rendersBothBoxPlots() throws Exception {
        JFreeChart cases = ScoreDistributionChart.byCase(analysis, Locale.KOREAN);
        BufferedImage a = ChartImages.pngRoundTrip(cases, "scores-by-case-ko", 800, 520);
        assertThat(ChartImages.pixelsNear(a, ChartColors.PRIMARY_LIGHT, 8)).isGreaterThan(1500);
        assertThat(ChartImages.pixelsNear(a, ChartColors.TEXT, 12)).isGreaterThan(200);

        JFreeChart reviewers = ScoreDistributionChart.byReviewer(analysis, Locale.KOREAN);
        assertThat(reviewers.getCategoryPlot().getDataset(0).getColumnKey(0).toString())
                .startsWith("이하은 (예시 위원) · +");
        BufferedImage b = ChartImages.pngRoundTrip(reviewers, "scores-by-reviewer-ko", 800, 420);
        // The zero line is antialiased across two pixel columns, so match its colour loosely.
        assertThat(ChartImages.pixelsNear(b, ChartColors.ACCENT, 64)).isGreaterThan(100);
        assertThat(ChartImages.distinctColours(b)).isGreaterThan(20);
    }
}
