package kr.sangsaeng.review.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class IccCalculatorTest {
    /** Shrout & Fleiss (1979), Table 2: six targets rated by four judges. */
    private static final double[][] SHROUT_FLEISS = {
            {9, 2, 5, 8},
            {6, 1, 3, 2},
            {8, 4, 6, 8},
            {7, 1, 2, 6},
            {10, 5, 6, 9},
            {6, 2, 4, 7},
    };

    @Test
    void reproducesShroutAndFleissPublishedIccs() {
        IccResult r = IccCalculator.compute(SHROUT_FLEISS);

        assertThat(r.n()).isEqualTo(6);
        assertThat(r.k()).isEqualTo(4);
        // Published in the paper, to two decimals.
        assertThat(r.icc11()).isCloseTo(0.17, within(0.005));
        assertThat(r.icc21()).isCloseTo(0.29, within(0.005));
        assertThat(r.icc31()).isCloseTo(0.71, within(0.005));
        assertThat(r.icc1k()).isCloseTo(0.44, within(0.005));
        assertThat(r.icc2k()).isCloseTo(0.62, within(0.005));
        assertThat(r.icc3k()).isCloseTo(0.91, within(0.005));
    }

    @Test
    void reproducesShroutAndFleissMeanSquares() {
        // By hand: grand mean 5.375; row means 6, 3, 6.5, 4, 7.5, 4.75 give BSS = 4·14.052 = 56.208,
        // BMS = 56.208/5 = 11.24; column means 7.667, 2.5, 4.333, 6.667 give JSS = 6·16.243 = 97.458,
        // JMS = 32.49; total SS 162.625, so WSS = 106.417 → WMS = 106.417/18 = 6.26 and
        // ESS = 8.958 → EMS = 8.958/15 = 1.02. All four match the paper's ANOVA table.
        IccResult r = IccCalculator.compute(SHROUT_FLEISS);

        assertThat(r.bms()).isCloseTo(11.24, within(0.005));
        assertThat(r.wms()).isCloseTo(6.26, within(0.005));
        assertThat(r.jms()).isCloseTo(32.49, within(0.005));
        assertThat(r.ems()).isCloseTo(1.02, within(0.005));
    }

    @Test
    void matchesIccsComputedFromTheMeanSquaresToFourDecimals() {
        // From the exact mean squares above (BMS 11.241667, WMS 6.263889, JMS 32.486111,
        // EMS 1.019444), e.g. ICC(1,1) = (11.241667 − 6.263889)/(11.241667 + 3·6.263889) = 0.165742.
        IccResult r = IccCalculator.compute(SHROUT_FLEISS);

        assertThat(r.icc11()).isCloseTo(0.165742, within(1e-5));
        assertThat(r.icc21()).isCloseTo(0.289764, within(1e-5));
        assertThat(r.icc31()).isCloseTo(0.714841, within(1e-5));
        assertThat(r.icc1k()).isCloseTo(0.442797, within(1e-5));
        assertThat(r.icc2k()).isCloseTo(0.620051, within(1e-5));
        assertThat(r.icc3k()).isCloseTo(0.909316, within(1e-5));
    }

    @Test
    void judgesInPerfectAgreementGiveOne() {
        double[][] x = {{1, 1, 1}, {4, 4, 4}, {2, 2, 2}};

        IccResult r = IccCalculator.compute(x);

        assertThat(new double[] {r.icc11(), r.icc21(), r.icc31(), r.icc1k(), r.icc2k(), r.icc3k()})
                .containsOnly(1.0);
    }

    @Test
    void consistentJudgesWithDifferentLevelsSeparateConsistencyFromAbsoluteAgreement() {
        // Judge 2 always scores 3 points above judge 1: perfectly consistent (ICC(3,1) = 1) but not
        // interchangeable, so ICC(1,1) and ICC(2,1) fall below 1.
        double[][] x = {{1, 4}, {2, 5}, {3, 6}, {4, 7}};

        IccResult r = IccCalculator.compute(x);

        assertThat(r.icc31()).isCloseTo(1.0, within(1e-12));
        assertThat(r.icc21()).isLessThan(1.0);
        assertThat(r.icc11()).isLessThan(r.icc21());
    }

    @Test
    void reportsSizesButNoValuesForFewerThanTwoTargetsOrJudges() {
        IccResult oneTarget = IccCalculator.compute(new double[][] {{3, 4, 5}});
        IccResult oneJudge = IccCalculator.compute(new double[][] {{3}, {4}, {5}});
        IccResult empty = IccCalculator.compute(new double[0][]);

        assertThat(oneTarget.n()).isEqualTo(1);
        assertThat(oneTarget.k()).isEqualTo(3);
        assertThat(oneTarget.icc21()).isNaN();
        assertThat(oneJudge.n()).isEqualTo(3);
        assertThat(oneJudge.k()).isEqualTo(1);
        assertThat(oneJudge.icc3k()).isNaN();
        assertThat(empty.n()).isZero();
        assertThat(empty.icc11()).isNaN();
    }

    @Test
    void refusesRaggedOrMissingValues() {
        assertThatThrownBy(() -> IccCalculator.compute(new double[][] {{1, 2}, {3}}))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> IccCalculator.compute(new double[][] {{1, 2}, {3, Double.NaN}}))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
