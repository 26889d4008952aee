package kr.sangsaeng.review.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Totals that tie exactly on paper give no ICC at all, with the reason, never a number like -5.6e29. */
class IccTiedTotalsTest {

    @Test
    void casesWithEqualTotalsSummedInAnotherOrderLeaveTheIccsUndefined() {
        double x = 70.1;
        double y = 80.3;
        double z = 60.7;
        // Each case's total is x + y + z; only the order of the reviewers differs.
        IccResult r = IccCalculator.compute(new double[][] {{x, y, z}, {y, z, x}, {z, x, y}, {x, z, y}});

        assertThat(java.util.List.of(r.icc11(), r.icc21(), r.icc31(), r.icc1k(), r.icc2k(), r.icc3k()))
                .allMatch(v -> v.isNaN());
        assertThat(r.defined()).isFalse();
        assertThat(r.undefinedReason()).isEqualTo(IccResult.NO_DIFFERENCE);
    }

    @Test
    void saysWhyWhenThereAreTooFewCasesOrReviewers() {
        assertThat(IccCalculator.compute(new double[][] {{1, 2}}).undefinedReason()).isEqualTo(IccResult.TOO_FEW_CASES);
        assertThat(IccCalculator.compute(new double[][] {{1}, {2}}).undefinedReason()).isEqualTo(IccResult.TOO_FEW_REVIEWERS);
    }

    @Test
    void realDifferencesBetweenCasesStillGiveFigures() {
        IccResult r = IccCalculator.compute(new double[][] {{70.1, 70.1 + 1e-9}, {70.1 + 2e-9, 70.1 + 3e-9}, {90, 91}});

        assertThat(r.defined()).isTrue();
        assertThat(r.icc21()).isBetween(0.9, 1.0);
    }
}
