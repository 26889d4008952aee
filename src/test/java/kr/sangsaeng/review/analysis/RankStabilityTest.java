package kr.sangsaeng.review.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

class RankStabilityTest {
    /**
     * Three criteria of equal weight, 0..10, three reviewers who agree. s1 is far ahead; s2 is
     * strong on impact and s3 on reach, with equal totals at the rubric's weights, so which of the
     * two comes second depends only on how the weights fall; s4 is far behind.
     */
    private static PanelFixture marginalPanel() {
        PanelFixture f = new PanelFixture().criterion("impact", 1, 0, 10).criterion("reach", 1, 0, 10)
                .criterion("evidence", 1, 0, 10).reviewers(3).submissions(1, 2, 3, 4);
        for (int r = 1; r <= 3; r++) {
            f.score(r, 1, 10, 10, 10).score(r, 2, 9, 5, 6).score(r, 3, 5, 9, 6).score(r, 4, 1, 1, 1);
        }
        return f;
    }

    private static StabilityOptions topTwo(int draws) {
        return StabilityOptions.defaults(ShortlistRule.top(2)).withDraws(draws).withThreads(1);
    }

    private static SubmissionStability of(StabilityResult r, int index) {
        return r.submissions().get(index);
    }

    @Test
    void sameSeedGivesIdenticalResultsWhateverTheThreads() {
        PanelAnalysis a = marginalPanel().analysis();

        StabilityResult one = a.stability(topTwo(300), StabilityProgress.NONE);
        StabilityResult again = a.stability(topTwo(300), StabilityProgress.NONE);
        StabilityResult threaded = a.stability(topTwo(300).withThreads(3), StabilityProgress.NONE);

        assertThat(again.submissions()).isEqualTo(one.submissions());
        assertThat(threaded.submissions()).isEqualTo(one.submissions());
    }

    @Test
    void anotherSeedGivesOtherDraws() {
        PanelAnalysis a = marginalPanel().analysis();

        StabilityResult one = a.stability(topTwo(300), StabilityProgress.NONE);
        StabilityResult other = a.stability(topTwo(300).withSeed(1), StabilityProgress.NONE);

        assertThat(of(other, 1).probability()).isNotEqualTo(of(one, 1).probability());
    }

    @Test
    void clearWinnerIsAlwaysShortlistedAndFirst() {
        StabilityResult r = marginalPanel().analysis().stability(topTwo(500), StabilityProgress.NONE);

        assertThat(of(r, 0).probability()).isEqualTo(1.0);
        assertThat(of(r, 0).medianRank()).isEqualTo(1.0);
        assertThat(of(r, 0).rankLow()).isEqualTo(1);
        assertThat(of(r, 0).rankHigh()).isEqualTo(1);
        assertThat(of(r, 0).onCutoff()).isFalse();
        assertThat(of(r, 3).probability()).isZero();
        assertThat(of(r, 3).rankLow()).isEqualTo(4);
    }

    @Test
    void flagsTheTwoNearEqualCasesAtTheMarginAsOnTheCutoff() {
        StabilityResult r = marginalPanel().analysis().stability(topTwo(2000), StabilityProgress.NONE);

        // By symmetry each of s2 and s3 takes the second place in about half the draws, and
        // exactly one of them does in every draw.
        assertThat(of(r, 1).probability()).isCloseTo(0.5, within(0.05));
        assertThat(of(r, 1).probability() + of(r, 2).probability()).isCloseTo(1.0, within(1e-12));
        assertThat(r.onCutoff()).extracting(SubmissionStability::index).containsExactly(1, 2);
        assertThat(of(r, 1).rankLow()).isEqualTo(2);
        assertThat(of(r, 1).rankHigh()).isEqualTo(3);
    }

    @Test
    void probabilitiesSettleAsDrawsGrow() {
        PanelAnalysis a = marginalPanel().analysis();

        StabilityResult few = a.stability(topTwo(500), StabilityProgress.NONE);
        StabilityResult many = a.stability(topTwo(4000).withSeed(99), StabilityProgress.NONE);

        // Standard error at 500 draws is at most 0.022; 0.08 is well over three of them.
        for (int s = 0; s < 4; s++) {
            assertThat(of(few, s).probability()).isCloseTo(of(many, s).probability(), within(0.08));
        }
    }

    @Test
    void tightDrawsReproduceTheExactRankingForEveryMethod() {
        PanelFixture f = PanelFixture.singleCriterion(5).criterion("second", 1, 0, 100).submissions(1, 2, 3, 4, 5);
        double[][] totals = {{90, 80, 70, 85, 75}, {60, 65, 70, 55, 95}, {40, 50, 45, 30, 35},
                {20, 99, 25, 20, 30}, {70, 60, 88, 72, 61}};
        for (int s = 0; s < 5; s++) {
            for (int r = 0; r < 5; r++) {
                f.score(r + 1, s + 1, totals[s][r], totals[s][r] / 2);
            }
        }
        PanelAnalysis a = f.analysis();
        for (PanelMethod m : PanelMethod.values()) {
            Ranking exact = a.ranking(m);
            StabilityResult r = a.stability(topTwo(64).withConcentration(1e9).withMethod(m), StabilityProgress.NONE);
            for (RankedSubmission e : exact.entries()) {
                SubmissionStability st = of(r, e.stats().index());
                assertThat(st.medianRank()).as("%s, %s", m, e.stats().submission().ref()).isEqualTo(e.rank());
                assertThat(st.probability()).isEqualTo(e.rank() <= 2 ? 1.0 : 0.0);
            }
        }
    }

    @Test
    void neverShortlistsACaseWithoutReviewsAndRanksItLast() {
        PanelFixture f = marginalPanel().submission(5);

        StabilityResult r = f.analysis().stability(topTwo(100).withThreads(2), StabilityProgress.NONE);

        assertThat(of(r, 4).probability()).isZero();
        assertThat(of(r, 4).rankLow()).isEqualTo(5);
        assertThat(of(r, 4).rankHigh()).isEqualTo(5);
    }

    @Test
    void appliesTheWholeShortlistRuleInEveryDraw() {
        // With at least four reviews required nobody can be shortlisted.
        StabilityOptions o = StabilityOptions.defaults(ShortlistRule.top(2).withMinReviews(4)).withDraws(50);

        StabilityResult r = marginalPanel().analysis().stability(o, StabilityProgress.NONE);

        assertThat(r.submissions()).extracting(SubmissionStability::probability).containsOnly(0.0);
    }

    @Test
    void reportsProgressUpToTheTotal() {
        AtomicInteger last = new AtomicInteger();
        AtomicInteger calls = new AtomicInteger();

        marginalPanel().analysis().stability(topTwo(100).withThreads(2), (done, total) -> {
            assertThat(total).isEqualTo(100);
            assertThat(done).isGreaterThan(last.get());
            last.set(done);
            calls.incrementAndGet();
        });

        assertThat(last.get()).isEqualTo(100);
        assertThat(calls.get()).isGreaterThan(1);
    }

    @Test
    void stopsWhenCancelled() {
        StabilityProgress cancelAfterFirstBlock = new StabilityProgress() {
            private volatile int done;

            @Override
            public void progress(int drawsDone, int drawsTotal) {
                done = drawsDone;
            }

            @Override
            public boolean isCancelled() {
                return done > 0;
            }
        };

        assertThatThrownBy(() -> marginalPanel().analysis().stability(topTwo(2000), cancelAfterFirstBlock))
                .isInstanceOf(CancellationException.class);
    }

    @Test
    void recordsHowItWasProduced() {
        StabilityResult r = marginalPanel().analysis().withWeights(new double[] {2, 1, 1})
                .stability(topTwo(10), StabilityProgress.NONE);

        assertThat(r.centreWeights()).isEqualTo(List.of(2.0, 1.0, 1.0));
        assertThat(r.options().seed()).isEqualTo(StabilityOptions.DEFAULT_SEED);
        assertThat(r.options().draws()).isEqualTo(10);
    }

    @Test
    void refusesWeightsThatSumToZero() {
        PanelAnalysis a = marginalPanel().analysis().withWeights(new double[] {0, 0, 0});

        assertThatThrownBy(() -> a.stability(topTwo(10), StabilityProgress.NONE))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
