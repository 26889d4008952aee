package kr.sangsaeng.review.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class PanelAggregatorTest {
    private static SubmissionStats only(PanelFixture f, PanelMethod method) {
        return f.analysis().scores(method).get(0);
    }

    /** One submission scored by as many reviewers as totals given (single 0..100 criterion). */
    private static PanelFixture oneSubmission(double... totals) {
        PanelFixture f = PanelFixture.singleCriterion(totals.length).submission(1);
        for (int r = 0; r < totals.length; r++) {
            f.score(r + 1, 1, totals[r]);
        }
        return f;
    }

    @Test
    void meanMedianAndSampleSdOfTotals() {
        SubmissionStats s = only(oneSubmission(60, 90, 70, 80), PanelMethod.MEAN);

        assertThat(s.panelScore()).isCloseTo(75, within(1e-9));
        assertThat(s.mean()).isCloseTo(75, within(1e-9));
        assertThat(s.median()).isCloseTo(75, within(1e-9));
        // deviations ±15, ±5: sqrt((225 + 25 + 25 + 225) / 3)
        assertThat(s.sd()).isCloseTo(Math.sqrt(500.0 / 3), within(1e-9));
        assertThat(s.completed()).isEqualTo(4);
    }

    @Test
    void medianOfOddCountIsTheMiddleTotal() {
        SubmissionStats s = only(oneSubmission(90, 10, 60), PanelMethod.MEDIAN);

        assertThat(s.panelScore()).isEqualTo(60);
        assertThat(s.mean()).isCloseTo(160.0 / 3, within(1e-9));
    }

    @Test
    void trimmedIsThePlainMeanWithFourTotals() {
        SubmissionStats s = only(oneSubmission(50, 60, 70, 100), PanelMethod.TRIMMED);

        assertThat(s.panelScore()).isCloseTo(70, within(1e-9));
    }

    @Test
    void trimmedDropsOneHighestAndOneLowestWithFiveTotals() {
        // plain mean 72; without 50 and 100: (60 + 70 + 80)/3 = 70
        SubmissionStats s = only(oneSubmission(100, 60, 50, 80, 70), PanelMethod.TRIMMED);

        assertThat(s.panelScore()).isCloseTo(70, within(1e-9));
        assertThat(s.mean()).isCloseTo(72, within(1e-9));
    }

    @Test
    void trimmedDropsOnlyOneOfRepeatedExtremes() {
        // (100 + 100 + 60 + 60 + 80 − 100 − 60) / 3 = 80
        SubmissionStats s = only(oneSubmission(100, 100, 60, 60, 80), PanelMethod.TRIMMED);

        assertThat(s.panelScore()).isCloseTo(80, within(1e-9));
    }

    @Test
    void zscoreAveragesEachReviewersStandardisedTotals() {
        // Reviewer 1 gives 60, 70, 80 (mean 70, sample SD 10) → z −1, 0, +1.
        // Reviewer 2 gives 90, 50, 70 (mean 70, sample SD 20) → z +1, −1, 0.
        // Panel z: s1 (−1 + 1)/2 = 0 → 50; s2 (0 − 1)/2 = −0.5 → 45; s3 (1 + 0)/2 = 0.5 → 55.
        PanelFixture f = PanelFixture.singleCriterion(2).submissions(1, 2, 3)
                .score(1, 1, 60).score(1, 2, 70).score(1, 3, 80)
                .score(2, 1, 90).score(2, 2, 50).score(2, 3, 70);

        PanelScores scores = f.analysis().scores(PanelMethod.ZSCORE);

        assertThat(scores.get(0).panelScore()).isCloseTo(50, within(1e-9));
        assertThat(scores.get(1).panelScore()).isCloseTo(45, within(1e-9));
        assertThat(scores.get(2).panelScore()).isCloseTo(55, within(1e-9));
        // the raw figures stay on the 0–100 scale whatever the method
        assertThat(scores.get(1).mean()).isCloseTo(60, within(1e-9));
    }

    @Test
    void zscoreIgnoresReviewersWhoseSpreadIsUnknown() {
        // Reviewer 1: 40 and 80, mean 60, sample SD √800 = 28.28 → z −0.7071, +0.7071.
        // Reviewer 2 scored one case only, reviewer 3 gave 90 twice: both count as z = 0.
        // s1: (−0.7071 + 0 + 0)/3 → 50 − 2.357; s2: (0.7071 + 0)/2 → 53.536.
        PanelFixture f = PanelFixture.singleCriterion(3).submissions(1, 2)
                .score(1, 1, 40).score(1, 2, 80)
                .score(2, 1, 10)
                .score(3, 1, 90).score(3, 2, 90);

        PanelScores scores = f.analysis().scores(PanelMethod.ZSCORE);

        double z = Math.sqrt(0.5);
        assertThat(scores.get(0).panelScore()).isCloseTo(50 - 10 * z / 3, within(1e-9));
        assertThat(scores.get(1).panelScore()).isCloseTo(50 + 10 * z / 2, within(1e-9));
    }

    @Test
    void leavesIncompleteAndRecusedReviewsOutOfEveryFigure() {
        PanelFixture f = new PanelFixture().criterion("a", 1, 0, 10).criterion("b", 1, 0, 10).reviewers(4)
                .submission(1)
                .score(1, 1, 8, 6)
                .score(2, 1, 4, 4)
                .score(3, 1, 0, Double.NaN)
                .score(4, 1, 0, 0).recuse(4, 1);

        SubmissionStats s = only(f, PanelMethod.MEAN);

        assertThat(s.completed()).isEqualTo(2);
        assertThat(s.incomplete()).isEqualTo(1);
        assertThat(s.recused()).isEqualTo(1);
        assertThat(s.mean()).isCloseTo((70 + 40) / 2.0, within(1e-9));
        assertThat(s.criterionMeans()).containsExactly(6.0, 5.0);
    }

    @Test
    void submissionWithoutCompletedReviewHasNoFigures() {
        PanelFixture f = PanelFixture.singleCriterion(1).submission(1).recuse(1, 1);

        SubmissionStats s = only(f, PanelMethod.MEAN);

        assertThat(s.hasScore()).isFalse();
        assertThat(s.mean()).isNaN();
        assertThat(s.median()).isNaN();
        assertThat(s.sd()).isNaN();
        assertThat(s.recused()).isEqualTo(1);
    }

    @Test
    void sdNeedsTwoReviews() {
        assertThat(only(oneSubmission(70), PanelMethod.MEAN).sd()).isNaN();
    }

    @Test
    void readsMethodKeys() {
        assertThat(PanelMethod.fromKey(" Trimmed ")).isEqualTo(PanelMethod.TRIMMED);
        assertThat(PanelMethod.ZSCORE.key()).isEqualTo("zscore");
        assertThatThrownBy(() -> PanelMethod.fromKey("average"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
