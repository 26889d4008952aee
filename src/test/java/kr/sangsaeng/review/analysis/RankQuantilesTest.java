package kr.sangsaeng.review.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RankQuantilesTest {
    /** Ranks 1..20, one each, shuffled; stored after three unrelated values. */
    private static final int[] RANKS = {9, 9, 9, 7, 3, 20, 1, 14, 5, 11, 2, 19, 8, 16, 4, 13, 10, 6, 18, 12, 15, 17};

    @Test
    void usesNearestRankPercentilesAndTheUsualMedian() {
        RankQuantiles q = new RankQuantiles(20, 20);
        q.load(RANKS, 2, 20);

        // ⌈0.05·20⌉ = 1st smallest, ⌈0.95·20⌉ = 19th smallest; median (10 + 11)/2.
        assertThat(q.percentile(5, 20)).isEqualTo(1);
        assertThat(q.percentile(95, 20)).isEqualTo(19);
        assertThat(q.median(20)).isEqualTo(10.5);
    }

    @Test
    void givesTheSameAnswerWhenTheRangeIsTooWideToCount() {
        int[] spread = {1, 1000, 500, 2, 3};
        RankQuantiles q = new RankQuantiles(1000, 5);
        q.load(spread, 0, 5);

        assertThat(q.median(5)).isEqualTo(3.0);
        assertThat(q.percentile(5, 5)).isEqualTo(1);
        assertThat(q.percentile(95, 5)).isEqualTo(1000);
    }

    @Test
    void avoidsFloatingPointRoundingInThePercentileIndex() {
        // 5% of 2,000 is exactly 100: the 100th smallest, not the 101st.
        int[] ranks = new int[2000];
        for (int i = 0; i < ranks.length; i++) {
            ranks[i] = i + 1;
        }
        RankQuantiles q = new RankQuantiles(2000, 2000);
        q.load(ranks, 0, 2000);

        assertThat(q.percentile(5, 2000)).isEqualTo(100);
        assertThat(q.percentile(95, 2000)).isEqualTo(1900);
        assertThat(q.median(2000)).isEqualTo(1000.5);
    }
}
