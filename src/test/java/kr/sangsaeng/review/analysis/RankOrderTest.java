package kr.sangsaeng.review.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

class RankOrderTest {
    /** The ranking rule written the slow, obvious way. */
    private static List<Integer> expectedOrder(double[] score, double[] tie, int[] completed) {
        Comparator<Integer> byScore = Comparator.comparing(s -> quantised(score[s]));
        Comparator<Integer> byTie = Comparator.comparing(s -> quantised(tie[s]));
        Comparator<Integer> byReviews = Comparator.comparingInt(s -> completed[s]);
        return IntStream.range(0, score.length).boxed()
                .sorted(byScore.reversed().thenComparing(byTie.reversed()).thenComparing(byReviews.reversed())
                        .thenComparing(Comparator.naturalOrder()))
                .toList();
    }

    private static void assertMatches(int n, long seed, boolean wideScores) {
        Random rnd = new Random(seed);
        double[] score = new double[n];
        double[] tie = new double[n];
        int[] completed = new int[n];
        for (int s = 0; s < n; s++) {
            int kind = rnd.nextInt(10);
            score[s] = kind == 0 ? Double.NaN
                    : kind < 4 ? rnd.nextInt(20) * 2.5
                    : kind == 4 ? 0.1 + 0.2
                    : kind == 5 ? 0.3
                    : wideScores ? rnd.nextGaussian() * 1e6 : 100 * rnd.nextDouble();
            tie[s] = rnd.nextInt(3);
            completed[s] = 1 + rnd.nextInt(3);
        }
        RankOrder order = new RankOrder(n);
        order.rank(score, tie, completed);

        List<Integer> expected = expectedOrder(score, tie, completed);
        assertThat(IntStream.of(order.order()).boxed().toList()).isEqualTo(expected);
        for (int i = 1; i < n; i++) {
            int prev = expected.get(i - 1);
            int s = expected.get(i);
            boolean tied = quantised(score[prev]) == quantised(score[s]) && quantised(tie[prev]) == quantised(tie[s])
                    && completed[prev] == completed[s];
            assertThat(order.ranks()[s]).isEqualTo(tied ? order.ranks()[prev] : i + 1);
        }
    }

    private static double quantised(double x) {
        return Double.isNaN(x) ? Double.NEGATIVE_INFINITY : Math.round(x * 1e9) / 1e9;
    }

    @Test
    void largeRankingMatchesTheRuleWithTiesNoiseAndMissingScores() {
        assertMatches(3000, 1, false);
    }

    @Test
    void smallRankingMatchesTheRule() {
        assertMatches(60, 2, false);
    }

    @Test
    void largeRankingWithWideScoresMatchesTheRule() {
        assertMatches(2000, 3, true);
    }
}
