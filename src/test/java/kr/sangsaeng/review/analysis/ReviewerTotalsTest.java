package kr.sangsaeng.review.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import kr.sangsaeng.review.model.Criterion;

class ReviewerTotalsTest {
    /** Impact weighs 3 on a 1..5 scale, evidence 1 on a 0..10 scale. */
    private static PanelFixture twoCriteria() {
        return new PanelFixture().criterion("impact", 3, 1, 5).criterion("evidence", 1, 0, 10).reviewers(2);
    }

    @Test
    void weighsEachCriterionOnItsOwnScale() {
        // impact 4 → (4−1)/(5−1) = 0.75, evidence 5 → 0.5; (3·0.75 + 1·0.5)/4 · 100 = 68.75
        ReviewTable t = twoCriteria().submission(1).score(1, 1, 4, 5).table();

        ReviewerTotals totals = ReviewerTotals.of(t, t.rubricWeights());

        assertThat(totals.total(0, 0)).isCloseTo(68.75, within(1e-9));
    }

    @Test
    void mapsScaleEndsToZeroAndHundred() {
        ReviewTable t = twoCriteria().submission(1).score(1, 1, 1, 0).score(2, 1, 5, 10).table();

        ReviewerTotals totals = ReviewerTotals.of(t, t.rubricWeights());

        assertThat(totals.total(0, 0)).isZero();
        assertThat(totals.total(0, 1)).isCloseTo(100, within(1e-9));
    }

    @Test
    void whatIfWeightsChangeTotalsButNotTheRubric() {
        PanelFixture f = twoCriteria().submission(1).score(1, 1, 4, 5);
        ReviewTable t = f.table();

        double[] w = t.weights(Map.of(f.criterionId(1), 3.0));
        ReviewerTotals totals = ReviewerTotals.of(t, w);

        // (3·0.75 + 3·0.5)/6 · 100 = 62.5
        assertThat(totals.total(0, 0)).isCloseTo(62.5, within(1e-9));
        assertThat(t.rubricWeights()).containsExactly(3, 1);
    }

    @Test
    void refusesWhatIfWeightsForUnknownCriteriaOrNegativeValues() {
        PanelFixture f = twoCriteria().submission(1);
        ReviewTable t = f.table();

        assertThatThrownBy(() -> t.weights(Map.of(999L, 1.0))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> t.weights(Map.of(f.criterionId(0), -1.0)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void leavesReviewMissingACriterionOutButCountsIt() {
        ReviewTable t = twoCriteria().submission(1)
                .score(1, 1, 4, 5)
                .score(2, 1, 2, Double.NaN)
                .table();

        assertThat(t.completed(0)).isEqualTo(1);
        assertThat(t.incomplete(0)).isEqualTo(1);
        assertThat(t.state(0, 1)).isEqualTo(ReviewState.INCOMPLETE);
        assertThat(ReviewerTotals.of(t, t.rubricWeights()).total(0, 1)).isNaN();
    }

    @Test
    void leavesRecusedReviewOutEvenWhenFullyScored() {
        ReviewTable t = twoCriteria().submission(1)
                .score(1, 1, 4, 5)
                .score(2, 1, 5, 10).recuse(2, 1)
                .table();

        assertThat(t.completed(0)).isEqualTo(1);
        assertThat(t.recused(0)).isEqualTo(1);
        assertThat(t.incomplete(0)).isZero();
        assertThat(t.state(0, 1)).isEqualTo(ReviewState.RECUSED);
    }

    @Test
    void keepsCriteriaInRubricPositionWhateverTheInputOrder() {
        Criterion c0 = new Criterion(7, "second", "second", 1, 0, 10, "", 1);
        Criterion c1 = new Criterion(8, "first", "first", 1, 0, 10, "", 0);
        PanelData data = new PanelData(List.of(c0, c1), List.of(), List.of(), List.of(), List.of());

        assertThat(data.criteria()).extracting(Criterion::key)
                .containsExactly("first", "second");
    }

    @Test
    void refusesCriterionWithEmptyScale() {
        PanelFixture f = new PanelFixture().criterion("broken", 1, 5, 5);

        assertThatThrownBy(f::data).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("broken");
    }
}
