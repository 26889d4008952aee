package kr.sangsaeng.review.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;

import org.junit.jupiter.api.Test;

/** The stability draws' fast scoring must agree with the plain aggregation it stands in for. */
class DrawScorerTest {
    /** Random panel with gaps: some reviews incomplete, some recused, one submission unscored. */
    private static PanelFixture raggedPanel() {
        Random rnd = new Random(11);
        PanelFixture f = new PanelFixture().criterion("a", 3, 1, 5).criterion("b", 2, 0, 10)
                .criterion("c", 1, 1, 7).criterion("d", 2, 0, 4).criterion("e", 1, 0, 100).reviewers(9);
        for (int s = 1; s <= 40; s++) {
            f.submission(s);
            for (int r = 1; r <= 9; r++) {
                if (s == 40 || rnd.nextInt(8) == 0) {
                    continue;
                }
                double e = rnd.nextInt(6) == 0 ? Double.NaN : rnd.nextInt(101);
                f.score(r, s, 1 + rnd.nextInt(5), rnd.nextInt(11), 1 + rnd.nextInt(7), rnd.nextInt(5), e);
                if (rnd.nextInt(15) == 0) {
                    f.recuse(r, s);
                }
            }
        }
        return f;
    }

    @Test
    void scoresEveryMethodLikeThePanelAggregator() {
        ReviewTable t = raggedPanel().table();
        double[][] weightSets = {{3, 2, 1, 2, 1}, {0.1, 0.4, 0.2, 0.2, 0.1}, {1, 0, 0, 0, 5}};
        double[] block = new double[weightSets.length * 5];
        for (int b = 0; b < weightSets.length; b++) {
            System.arraycopy(weightSets[b], 0, block, b * 5, 5);
        }
        for (PanelMethod m : PanelMethod.values()) {
            double[] out = new double[weightSets.length * t.submissionCount()];
            new DrawScorer(DrawInputs.of(t, m), m).score(block, weightSets.length, out);
            for (int b = 0; b < weightSets.length; b++) {
                PanelScores exact = PanelAggregator.aggregate(ReviewerTotals.of(t, weightSets[b]), m);
                for (int s = 0; s < t.submissionCount(); s++) {
                    double expected = exact.get(s).panelScore();
                    double actual = out[b * t.submissionCount() + s];
                    if (Double.isNaN(expected)) {
                        assertThat(actual).as("%s draw %d submission %d", m, b, s).isNaN();
                    } else {
                        assertThat(actual).as("%s draw %d submission %d", m, b, s).isCloseTo(expected, within(1e-9));
                    }
                }
            }
        }
    }

    @Test
    void hasPanelsOfEveryKindToCompare() {
        ReviewTable t = raggedPanel().table();
        int incomplete = 0;
        int recused = 0;
        int bigPanels = 0;
        for (int s = 0; s < t.submissionCount(); s++) {
            incomplete += t.incomplete(s);
            recused += t.recused(s);
            bigPanels += t.completed(s) >= 5 ? 1 : 0;
        }
        assertThat(incomplete).isPositive();
        assertThat(recused).isPositive();
        assertThat(bigPanels).isPositive();
        assertThat(t.completed(39)).isZero();
    }
}
