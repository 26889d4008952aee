package kr.sangsaeng.review.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

import kr.sangsaeng.review.model.Reviewer;
import kr.sangsaeng.review.model.Submission;

class AgreementAnalyzerTest {
    /**
     * Two criteria on 0..10, weights 1 each. Reviewers 1–3 complete submissions 1–3; reviewer 3
     * recuses from 4; reviewer 4 never completes anything (one criterion of 1 only).
     */
    private static PanelFixture panel() {
        return new PanelFixture().criterion("impact", 1, 0, 10).criterion("reach", 1, 0, 10).reviewers(4)
                .submissions(1, 2, 3, 4)
                .score(1, 1, 9, 7).score(2, 1, 8, 8).score(3, 1, 10, 6)
                .score(1, 2, 2, 3).score(2, 2, 4, 1).score(3, 2, 3, 3)
                .score(1, 3, 6, 5).score(2, 3, 5, 5).score(3, 3, 7, 9)
                .score(1, 4, 1, 1).score(2, 4, 1, 2).recuse(3, 4)
                .score(4, 1, 5, Double.NaN);
    }

    @Test
    void usesReviewersWithACompleteReviewAndCasesEveryOneOfThemCompleted() {
        AgreementReport report = panel().analysis().agreement();

        assertThat(report.raters()).extracting(Reviewer::id).containsExactly(1L, 2L, 3L);
        assertThat(report.cases()).extracting(Submission::id).containsExactly(1L, 2L, 3L);
        assertThat(report.totals().n()).isEqualTo(3);
        assertThat(report.totals().k()).isEqualTo(3);
    }

    @Test
    void computesTotalsAgreementOnTheReviewersTotals() {
        // Totals = (impact + reach) · 5: s1 80, 80, 80; s2 25, 25, 30; s3 55, 50, 80.
        double[][] expected = {{80, 80, 80}, {25, 25, 30}, {55, 50, 80}};

        AgreementFigures totals = panel().analysis().agreement().totals();

        IccResult icc = IccCalculator.compute(expected);
        assertThat(totals.icc().icc21()).isCloseTo(icc.icc21(), within(1e-12));
        assertThat(totals.icc().icc3k()).isCloseTo(icc.icc3k(), within(1e-12));
        // Ranks (ascending) — R1: s2 1, s3 2, s1 3; R2 the same; R3: s2 1, s1 and s3 tied at 2.5
        // (T = 2³ − 2 = 6). Rank sums 8.5, 3, 6.5 around a mean of 6: S = 6.25 + 9 + 0.25 = 15.5.
        // W = 12·15.5 / (3²·(3³ − 3) − 3·6) = 186 / 198.
        assertThat(totals.kendallW()).isCloseTo(186.0 / 198.0, within(1e-12));
    }

    @Test
    void computesAgreementPerCriterionOnRawScores() {
        AgreementReport report = panel().analysis().agreement();

        double[][] reach = {{7, 8, 6}, {3, 1, 3}, {5, 5, 9}};
        assertThat(report.byCriterion()).containsOnlyKeys("impact", "reach");
        assertThat(report.byCriterion().keySet()).containsExactly("impact", "reach");
        assertThat(report.byCriterion().get("reach").icc().icc11())
                .isCloseTo(IccCalculator.compute(reach).icc11(), within(1e-12));
        assertThat(report.byCriterion().get("reach").kendallW())
                .isCloseTo(KendallW.compute(reach), within(1e-12));
    }

    @Test
    void reportsSizesWithNaNWhenTooFewCasesRemain() {
        PanelFixture f = PanelFixture.singleCriterion(2).submissions(1, 2)
                .score(1, 1, 50).score(2, 1, 60)
                .score(1, 2, 70).recuse(2, 2);

        AgreementFigures totals = f.analysis().agreement().totals();

        assertThat(totals.n()).isEqualTo(1);
        assertThat(totals.k()).isEqualTo(2);
        assertThat(totals.icc().icc11()).isNaN();
        assertThat(totals.kendallW()).isNaN();
    }

    @Test
    void emptyRoundHasNoRatersAndNoCases() {
        AgreementFigures totals = PanelFixture.singleCriterion(3).submissions(1, 2).analysis().agreement().totals();

        assertThat(totals.n()).isZero();
        assertThat(totals.k()).isZero();
        assertThat(totals.icc().icc31()).isNaN();
    }
}
