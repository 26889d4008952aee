package kr.sangsaeng.review.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;

import org.junit.jupiter.api.Test;

class ReviewerBiasTest {
    @Test
    void averagesEachReviewersDistanceFromThePanelMean() {
        // s1: R1 80, R2 60 → mean 70 → R1 +10, R2 −10
        // s2: R1 50, R2 70, R3 90 → mean 70 → R1 −20, R2 0, R3 +20
        // s3: R1 40 alone → mean 40 → R1 0; R3 recused, R2's review incomplete (not counted)
        // R1 (10 − 20 + 0)/3 = −3.333; R2 (−10 + 0)/2 = −5; R3 +20/1; R4 nothing → NaN
        PanelFixture f = new PanelFixture().criterion("a", 1, 0, 100).criterion("b", 1, 0, 100).reviewers(4)
                .submissions(1, 2, 3)
                .score(1, 1, 80, 80).score(2, 1, 60, 60)
                .score(1, 2, 50, 50).score(2, 2, 70, 70).score(3, 2, 90, 90)
                .score(1, 3, 40, 40).score(2, 3, 100, Double.NaN).score(3, 3, 0, 0).recuse(3, 3);

        List<ReviewerBiasEntry> bias = f.analysis().reviewerBias();

        assertThat(bias).hasSize(4);
        assertThat(bias.get(0).bias()).isCloseTo(-10.0 / 3, within(1e-9));
        assertThat(bias.get(0).reviews()).isEqualTo(3);
        assertThat(bias.get(1).bias()).isCloseTo(-5, within(1e-9));
        assertThat(bias.get(1).reviews()).isEqualTo(2);
        assertThat(bias.get(2).bias()).isCloseTo(20, within(1e-9));
        assertThat(bias.get(3).bias()).isNaN();
        assertThat(bias.get(3).reviews()).isZero();
    }

    @Test
    void followsWhatIfWeights() {
        // With weight only on b: s1 R1 b=100, R2 b=0 → mean 50 → R1 +50, R2 −50.
        PanelFixture f = new PanelFixture().criterion("a", 1, 0, 100).criterion("b", 1, 0, 100).reviewers(2)
                .submission(1)
                .score(1, 1, 0, 100).score(2, 1, 100, 0);

        List<ReviewerBiasEntry> atRubric = f.analysis().reviewerBias();
        List<ReviewerBiasEntry> onlyB = f.analysis().withWeights(new double[] {0, 1}).reviewerBias();

        assertThat(atRubric.get(0).bias()).isCloseTo(0, within(1e-9));
        assertThat(onlyB.get(0).bias()).isCloseTo(50, within(1e-9));
        assertThat(onlyB.get(1).bias()).isCloseTo(-50, within(1e-9));
    }
}
