package kr.sangsaeng.review.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import kr.sangsaeng.review.model.Criterion;
import kr.sangsaeng.review.model.Score;
import org.junit.jupiter.api.Test;

class RubricImpactTest {
    private static final Instant T = Instant.parse("2022-12-08T05:00:00Z");
    private static final Criterion IMPACT = new Criterion(1, "impact", "Impact", 60, 1, 5, "", 1);
    private static final Criterion REACH = new Criterion(2, "reach", "Reach", 40, 1, 5, "", 2);
    private static final List<Score> SCORES = List.of(new Score(7, 100, 1, 5, T), new Score(7, 100, 2, 3, T),
            new Score(8, 100, 1, 2, T), new Score(8, 101, 1, 4, T));

    private static Criterion with(Criterion c, double weight, double min, double max) {
        return new Criterion(c.id(), c.key(), c.label(), weight, min, max, c.guidance(), c.position());
    }

    @Test
    void labelAndGuidanceEditsAffectNoScore() {
        Criterion relabelled = new Criterion(1, "impact", "Outcome", 60, 1, 5, "new guidance", 2);
        assertThat(RubricImpact.of(List.of(IMPACT, REACH), List.of(REACH, relabelled), SCORES).isEmpty()).isTrue();
    }

    @Test
    void removingACriterionCountsTheScoresItDeletes() {
        RubricImpact impact = RubricImpact.of(List.of(IMPACT, REACH), List.of(with(REACH, 100, 1, 5)), SCORES);
        assertThat(impact.blockers()).isEmpty();
        assertThat(impact.warnings()).extracting(RubricImpact.Line::messageKey)
                .containsExactly("rubric.impact.remove", "rubric.impact.weights");
        assertThat(impact.warnings().get(0).args()).containsExactly("Impact", 3);
        assertThat(impact.warnings().get(1).args()).containsExactly(3);
    }

    @Test
    void aScaleThatNoLongerHoldsAScoreIsRefused() {
        RubricImpact impact = RubricImpact.of(List.of(IMPACT, REACH), List.of(with(IMPACT, 60, 1, 4), REACH), SCORES);
        assertThat(impact.blockers()).singleElement().satisfies(l -> {
            assertThat(l.messageKey()).isEqualTo("rubric.impact.outOfScale");
            assertThat(l.args()).containsExactly("Impact", 1L, "1", "4");
        });
    }

    @Test
    void aWiderScaleKeepsTheScoresAndSaysSo() {
        RubricImpact impact = RubricImpact.of(List.of(IMPACT, REACH), List.of(with(IMPACT, 60, 0, 10), REACH), SCORES);
        assertThat(impact.blockers()).isEmpty();
        assertThat(impact.warnings()).singleElement().satisfies(l -> {
            assertThat(l.messageKey()).isEqualTo("rubric.impact.rescale");
            assertThat(l.args()).containsExactly("Impact", 3, "1", "5", "0", "10");
        });
    }

    @Test
    void aNewCriterionLeavesScoredReviewsIncomplete() {
        Criterion extra = new Criterion(0, "extra", "Extra", 0, 1, 5, "", 3);
        RubricImpact impact = RubricImpact.of(List.of(IMPACT, REACH), List.of(IMPACT, REACH, extra), SCORES);
        assertThat(impact.warnings()).extracting(RubricImpact.Line::messageKey).contains("rubric.impact.added");
        assertThat(impact.warnings().get(0).args()).containsExactly("Extra", 3);
    }

    @Test
    void nothingToSayBeforeAnyoneHasScored() {
        RubricImpact impact = RubricImpact.of(List.of(IMPACT, REACH), List.of(with(IMPACT, 50, 1, 4)), List.of());
        assertThat(impact.isEmpty()).isTrue();
    }
}
