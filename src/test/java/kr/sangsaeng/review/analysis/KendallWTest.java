package kr.sangsaeng.review.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class KendallWTest {
    @Test
    void correctsForTiesAsWorkedByHand() {
        // Rows are 4 objects, columns 3 raters.
        //   rater A: 1, 2, 3, 4 → ranks 1, 2, 3, 4          no ties, T_A = 0
        //   rater B: 1, 2, 2, 4 → ranks 1, 2.5, 2.5, 4      one pair, T_B = 2³ − 2 = 6
        //   rater C: 2, 1, 3, 3 → ranks 2, 1, 3.5, 3.5      one pair, T_C = 6
        // Rank sums 4, 5.5, 9, 11.5; mean m(n+1)/2 = 7.5; S = 12.25 + 4 + 2.25 + 16 = 34.5.
        // W = 12·34.5 / (3²·(4³ − 4) − 3·12) = 414 / 504 = 0.821429
        // (uncorrected, 414 / 540 = 0.766667).
        double[][] x = {{1, 1, 2}, {2, 2, 1}, {3, 2, 3}, {4, 4, 3}};

        assertThat(KendallW.compute(x)).isCloseTo(414.0 / 504.0, within(1e-12));
    }

    @Test
    void identicalRankingsWithoutTiesGiveOne() {
        double[][] x = {{10, 3, 7}, {20, 5, 8}, {30, 9, 9.5}, {40, 10, 12}};

        assertThat(KendallW.compute(x)).isCloseTo(1.0, within(1e-12));
    }

    @Test
    void twoOppositeRankingsGiveZero() {
        double[][] x = {{1, 3}, {2, 2}, {3, 1}};

        assertThat(KendallW.compute(x)).isCloseTo(0.0, within(1e-12));
    }

    @Test
    void dependsOnRanksNotOnScale() {
        double[][] raw = {{1, 1, 2}, {2, 2, 1}, {3, 2, 3}, {4, 4, 3}};
        double[][] stretched = {{10, 0.1, 200}, {25, 0.2, 100}, {31, 0.2, 300}, {99, 0.4, 300}};

        assertThat(KendallW.compute(stretched)).isCloseTo(KendallW.compute(raw), within(1e-12));
    }

    @Test
    void isUndefinedForFewerThanTwoObjectsOrRatersOrAllTied() {
        assertThat(KendallW.compute(new double[][] {{1, 2, 3}})).isNaN();
        assertThat(KendallW.compute(new double[][] {{1}, {2}})).isNaN();
        assertThat(KendallW.compute(new double[][] {{5, 5}, {5, 5}, {5, 5}})).isNaN();
    }
}
