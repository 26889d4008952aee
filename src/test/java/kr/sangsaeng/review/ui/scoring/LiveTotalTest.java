package kr.sangsaeng.review.ui.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import kr.sangsaeng.review.model.Criterion;
import org.junit.jupiter.api.Test;

class LiveTotalTest {
    private static final List<Criterion> DEMO_RUBRIC = List.of(
            new Criterion(1, "impact", "Impact", 30, 1, 5, "", 1),
            new Criterion(2, "reach", "Reach", 20, 1, 5, "", 2),
            new Criterion(3, "partnership", "Partnership", 20, 1, 5, "", 3),
            new Criterion(4, "sustainability", "Sustainability", 15, 1, 5, "", 4),
            new Criterion(5, "originality", "Originality", 15, 1, 5, "", 5));

    @Test
    void weightsEachCriterionsPositionOnItsScale() {
        // 30·3/4 + 20·3/4 + 20·3/4 + 15·2/4 + 15·2/4 = 67.5 of 100
        Map<Long, Double> scores = Map.of(1L, 4.0, 2L, 4.0, 3L, 4.0, 4L, 3.0, 5L, 3.0);
        assertThat(LiveTotal.of(DEMO_RUBRIC, scores).getAsDouble()).isCloseTo(67.5, within(1e-9));
    }

    @Test
    void theBottomOfEveryScaleIsZeroAndTheTopIsAHundred() {
        Map<Long, Double> low = Map.of(1L, 1.0, 2L, 1.0, 3L, 1.0, 4L, 1.0, 5L, 1.0);
        Map<Long, Double> high = Map.of(1L, 5.0, 2L, 5.0, 3L, 5.0, 4L, 5.0, 5L, 5.0);
        assertThat(LiveTotal.of(DEMO_RUBRIC, low).getAsDouble()).isZero();
        assertThat(LiveTotal.of(DEMO_RUBRIC, high).getAsDouble()).isCloseTo(100, within(1e-9));
    }

    @Test
    void mixesScalesAndWeightsThatDoNotSumToAHundred() {
        List<Criterion> rubric = List.of(new Criterion(1, "a", "A", 1, 0, 10, "", 1),
                new Criterion(2, "b", "B", 3, 1, 5, "", 2));
        // (1·7/10 + 3·2/4) / 4 · 100 = 55
        assertThat(LiveTotal.of(rubric, Map.of(1L, 7.0, 2L, 3.0)).getAsDouble()).isCloseTo(55, within(1e-9));
    }

    @Test
    void anIncompleteReviewHasNoTotal() {
        Map<Long, Double> four = Map.of(1L, 4.0, 2L, 4.0, 3L, 4.0, 4L, 3.0);
        assertThat(LiveTotal.of(DEMO_RUBRIC, four)).isEmpty();
        assertThat(LiveTotal.scoredCount(DEMO_RUBRIC, four)).isEqualTo(4);
        assertThat(LiveTotal.of(List.of(), Map.of())).isEmpty();
    }
}
