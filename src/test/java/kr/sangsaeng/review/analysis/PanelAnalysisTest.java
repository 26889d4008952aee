package kr.sangsaeng.review.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import kr.sangsaeng.review.model.Score;
import kr.sangsaeng.review.model.Submission;
import kr.sangsaeng.review.model.SubmissionStatus;

class PanelAnalysisTest {
    @Test
    void whatIfWeightsLeaveTheOriginalAnalysisAlone() {
        PanelFixture f = new PanelFixture().criterion("a", 1, 0, 10).criterion("b", 1, 0, 10).reviewers(1)
                .submissions(1, 2)
                .score(1, 1, 10, 0)
                .score(1, 2, 0, 8);
        PanelAnalysis rubric = f.analysis();

        PanelAnalysis onlyB = rubric.withWeights(Map.of(f.criterionId(0), 0.0));

        assertThat(rubric.ranking(PanelMethod.MEAN).entries().get(0).stats().submission().id()).isEqualTo(1);
        assertThat(onlyB.ranking(PanelMethod.MEAN).entries().get(0).stats().submission().id()).isEqualTo(2);
        assertThat(onlyB.scores(PanelMethod.MEAN).get(1).panelScore()).isCloseTo(80, within(1e-9));
        assertThat(rubric.weights()).containsExactly(1, 1);
        assertThat(onlyB.weights()).containsExactly(0, 1);
    }

    @Test
    void emptyRoundGivesEmptyFiguresRatherThanFailing() {
        PanelAnalysis a = PanelAnalysis.of(new PanelData(List.of(), List.of(), List.of(), List.of(), List.of()));

        assertThat(a.ranking(PanelMethod.ZSCORE).entries()).isEmpty();
        assertThat(a.agreement().totals().n()).isZero();
        assertThat(a.reviewerBias()).isEmpty();
    }

    @Test
    void unscoredRoundRanksEveryoneEqualAndLast() {
        Ranking r = PanelFixture.singleCriterion(2).submissions(1, 2, 3).analysis().ranking(PanelMethod.MEAN);

        assertThat(r.entries()).extracting(RankedSubmission::rank).containsExactly(1, 1, 1);
        assertThat(r.entries()).allMatch(e -> !e.stats().hasScore());
    }

    @Test
    void canLeaveWithdrawnSubmissionsOut() {
        PanelFixture f = PanelFixture.singleCriterion(1).submissions(1, 2).score(1, 1, 50).score(1, 2, 60);
        PanelData data = f.data();
        Submission withdrawn = new Submission(3, "2022-3", 3, "P3", "Withdrawn", Set.of(), "",
                SubmissionStatus.WITHDRAWN);
        PanelData withWithdrawn = new PanelData(data.criteria(), data.reviewers(),
                List.of(data.submissions().get(0), data.submissions().get(1), withdrawn),
                List.of(new Score(1, 3, f.criterionId(0), 99, Instant.EPOCH)),
                data.reviews());

        PanelData kept = withWithdrawn.withoutWithdrawn();

        assertThat(kept.submissions()).extracting(Submission::id).containsExactly(1L, 2L);
        assertThat(PanelAnalysis.of(kept).ranking(PanelMethod.MEAN).entries()).hasSize(2);
    }
}
