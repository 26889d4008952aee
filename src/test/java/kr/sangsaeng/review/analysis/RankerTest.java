package kr.sangsaeng.review.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class RankerTest {
    private static List<String> refs(Ranking r) {
        return r.entries().stream().map(e -> e.stats().submission().ref()).toList();
    }

    private static List<Integer> ranks(Ranking r) {
        return r.entries().stream().map(RankedSubmission::rank).toList();
    }

    @Test
    void ranksByPanelScoreDescending() {
        PanelFixture f = PanelFixture.singleCriterion(2).submissions(1, 2, 3)
                .score(1, 1, 50).score(2, 1, 60)
                .score(1, 2, 90).score(2, 2, 80)
                .score(1, 3, 70).score(2, 3, 70);

        Ranking r = f.analysis().ranking(PanelMethod.MEAN);

        assertThat(refs(r)).containsExactly("2022-2", "2022-3", "2022-1");
        assertThat(ranks(r)).containsExactly(1, 2, 3);
    }

    @Test
    void methodChangesTheOrder() {
        // s1: 10, 80, 90 → mean 60, median 80; s2: 70, 70, 70 → mean 70, median 70
        PanelFixture f = PanelFixture.singleCriterion(3).submissions(1, 2)
                .score(1, 1, 10).score(2, 1, 80).score(3, 1, 90)
                .score(1, 2, 70).score(2, 2, 70).score(3, 2, 70);

        assertThat(refs(f.analysis().ranking(PanelMethod.MEAN))).containsExactly("2022-2", "2022-1");
        assertThat(refs(f.analysis().ranking(PanelMethod.MEDIAN))).containsExactly("2022-1", "2022-2");
    }

    @Test
    void breaksEqualScoresByTheHighestWeightCriterionMean() {
        // impact (weight 2) and reach (weight 1), both 0..10. s1: impact 5, reach 10 → (2·0.5 + 1)/3;
        // s2: impact 10, reach 0 → (2·1 + 0)/3. Equal totals 66.67; s2 has the higher impact mean.
        PanelFixture f = new PanelFixture().criterion("impact", 2, 0, 10).criterion("reach", 1, 0, 10)
                .reviewers(1).submissions(1, 2)
                .score(1, 1, 5, 10)
                .score(1, 2, 10, 0);

        Ranking r = f.analysis().ranking(PanelMethod.MEAN);

        assertThat(refs(r)).containsExactly("2022-2", "2022-1");
        assertThat(ranks(r)).containsExactly(1, 2);
    }

    @Test
    void whatIfWeightsMoveTheTieBreakToTheNewHeaviestCriterion() {
        // What-if weights impact 1, reach 2: s1 impact 10, reach 5 → (1·1 + 2·0.5)/3; s2 impact 0,
        // reach 10 → (0 + 2·1)/3. Tied; reach is now the heaviest and s2 leads on it, whereas the
        // rubric's heaviest criterion (impact) would have put s1 first.
        PanelFixture f = new PanelFixture().criterion("impact", 2, 0, 10).criterion("reach", 1, 0, 10)
                .reviewers(1).submissions(1, 2)
                .score(1, 1, 10, 5)
                .score(1, 2, 0, 10);

        Ranking r = f.analysis().withWeights(Map.of(f.criterionId(0), 1.0, f.criterionId(1), 2.0))
                .ranking(PanelMethod.MEAN);

        assertThat(r.tieBreakCriterion()).isEqualTo(1);
        assertThat(refs(r)).containsExactly("2022-2", "2022-1");
        assertThat(ranks(r)).containsExactly(1, 2);
    }

    @Test
    void equalWeightsUseTheFirstCriterionByRubricPosition() {
        PanelFixture f = new PanelFixture().criterion("first", 1, 0, 10).criterion("second", 1, 0, 10)
                .reviewers(1).submissions(1, 2)
                .score(1, 1, 2, 8)
                .score(1, 2, 8, 2);

        Ranking r = f.analysis().ranking(PanelMethod.MEAN);

        assertThat(r.tieBreakCriterion()).isZero();
        assertThat(refs(r)).containsExactly("2022-2", "2022-1");
    }

    @Test
    void treatsScoresEqualOnPaperAsTiedDespiteRoundingNoise() {
        // Three equal weights, 0..10. s1 scores (0, 1, 2): 0 + 0.1 + 0.2 = 0.30000000000000004;
        // s2 scores (3, 0, 0): exactly 0.3. On paper both total 10; the tie-break (first criterion:
        // 0 against 3) must decide, not the last bit of a double.
        PanelFixture f = new PanelFixture().criterion("a", 1, 0, 10).criterion("b", 1, 0, 10)
                .criterion("c", 1, 0, 10).reviewers(1).submissions(1, 2)
                .score(1, 1, 0, 1, 2)
                .score(1, 2, 3, 0, 0);
        PanelAnalysis a = f.analysis();
        assertThat(a.totals().total(0, 0)).isNotEqualTo(a.totals().total(1, 0));

        Ranking r = a.ranking(PanelMethod.MEAN);

        assertThat(refs(r)).containsExactly("2022-2", "2022-1");
    }

    @Test
    void thenPrefersMoreCompletedReviews() {
        PanelFixture f = PanelFixture.singleCriterion(3).submissions(1, 2)
                .score(1, 1, 70).score(2, 1, 70)
                .score(1, 2, 70).score(2, 2, 70).score(3, 2, 70);

        Ranking r = f.analysis().ranking(PanelMethod.MEAN);

        assertThat(refs(r)).containsExactly("2022-2", "2022-1");
        assertThat(ranks(r)).containsExactly(1, 2);
    }

    @Test
    void givesStillEqualSubmissionsTheSameCompetitionRank() {
        PanelFixture f = PanelFixture.singleCriterion(2).submissions(1, 2, 3, 4)
                .score(1, 1, 90).score(2, 1, 90)
                .score(1, 2, 60).score(2, 2, 80)
                .score(1, 3, 80).score(2, 3, 60)
                .score(1, 4, 50).score(2, 4, 50);

        Ranking r = f.analysis().ranking(PanelMethod.MEAN);

        assertThat(ranks(r)).containsExactly(1, 2, 2, 4);
        assertThat(refs(r)).containsExactly("2022-1", "2022-2", "2022-3", "2022-4");
        assertThat(r.rankOf(2)).isEqualTo(2);
    }

    @Test
    void ranksSubmissionsWithoutCompletedReviewsLastAndEqual() {
        PanelFixture f = PanelFixture.singleCriterion(2).submissions(1, 2, 3)
                .recuse(1, 1)
                .score(1, 2, 5).score(2, 2, 5)
                .score(1, 3, Double.NaN);

        Ranking r = f.analysis().ranking(PanelMethod.MEAN);

        assertThat(refs(r)).containsExactly("2022-2", "2022-1", "2022-3");
        assertThat(ranks(r)).containsExactly(1, 2, 2);
        assertThat(r.entries().get(1).stats().panelScore()).isNaN();
    }
}
