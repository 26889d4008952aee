package kr.sangsaeng.review.analysis;

import static kr.sangsaeng.review.model.SupportArea.FINANCIAL;
import static kr.sangsaeng.review.model.SupportArea.MANAGEMENT;
import static kr.sangsaeng.review.model.SupportArea.SALES_CHANNEL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

class ShortlistRuleTest {
    /** Two reviewers give each submission the same total; ids double as the order they arrive in. */
    private static PanelFixture panel() {
        return PanelFixture.singleCriterion(2);
    }

    private static void agreed(PanelFixture f, long submission, double total) {
        f.score(1, submission, total).score(2, submission, total);
    }

    private static List<String> shortlisted(PanelFixture f, ShortlistRule rule) {
        return f.analysis().shortlist(PanelMethod.MEAN, rule).shortlisted().stream()
                .map(e -> e.ranked().stats().submission().ref()).toList();
    }

    private static ShortlistOutcome outcomeOf(ShortlistResult result, String ref) {
        return result.entries().stream().filter(e -> e.ranked().stats().submission().ref().equals(ref))
                .findFirst().orElseThrow().outcome();
    }

    private static PanelFixture fourCases() {
        PanelFixture f = panel().submissions(1, 2, 3, 4);
        agreed(f, 1, 60);
        agreed(f, 2, 90);
        agreed(f, 3, 75);
        agreed(f, 4, 80);
        return f;
    }

    @Test
    void takesTheTopN() {
        assertThat(shortlisted(fourCases(), ShortlistRule.top(2))).containsExactly("2022-2", "2022-4");
    }

    @Test
    void takesEverySubmissionAtOrAboveTheThreshold() {
        assertThat(shortlisted(fourCases(), ShortlistRule.atLeast(75))).containsExactly("2022-2", "2022-4", "2022-3");
    }

    @Test
    void appliesTopNAndThresholdTogether() {
        assertThat(shortlisted(fourCases(), ShortlistRule.top(3).withThreshold(78)))
                .containsExactly("2022-2", "2022-4");
    }

    @Test
    void capsEachSupportAreaAndCountsSeveralAreasAgainstEach() {
        PanelFixture f = panel()
                .submission(1, SALES_CHANNEL)
                .submission(2, SALES_CHANNEL, MANAGEMENT)
                .submission(3, MANAGEMENT)
                .submission(4, FINANCIAL)
                .submission(5, SALES_CHANNEL);
        agreed(f, 1, 95);
        agreed(f, 2, 90);
        agreed(f, 3, 85);
        agreed(f, 4, 80);
        agreed(f, 5, 75);

        ShortlistRule rule = ShortlistRule.top(3).withMaxPerArea(1);
        ShortlistResult result = f.analysis().shortlist(PanelMethod.MEAN, rule);

        // 1 fills sales channel, so 2 (sales channel and management) is out; 3 takes management;
        // 4 takes financial; 5 is beyond three places anyway.
        assertThat(shortlisted(f, rule)).containsExactly("2022-1", "2022-3", "2022-4");
        assertThat(outcomeOf(result, "2022-2")).isEqualTo(ShortlistOutcome.AREA_FULL);
        assertThat(outcomeOf(result, "2022-5")).isEqualTo(ShortlistOutcome.BELOW_CUT);
    }

    @Test
    void neverTakesASubmissionWithFewerThanTheMinimumReviews() {
        PanelFixture f = fourCases().submission(5).score(1, 5, 100);

        ShortlistResult result = f.analysis().shortlist(PanelMethod.MEAN, ShortlistRule.top(2));

        assertThat(result.ranking().entries().get(0).stats().submission().ref()).isEqualTo("2022-5");
        assertThat(outcomeOf(result, "2022-5")).isEqualTo(ShortlistOutcome.TOO_FEW_REVIEWS);
        assertThat(shortlisted(f, ShortlistRule.top(2))).containsExactly("2022-2", "2022-4");
        assertThat(shortlisted(f, ShortlistRule.top(2).withMinReviews(1))).containsExactly("2022-5", "2022-2");
    }

    @Test
    void keepsSubmissionsTiedAtTheCutTogether() {
        PanelFixture f = panel().submissions(1, 2, 3, 4);
        agreed(f, 1, 90);
        agreed(f, 2, 80);
        agreed(f, 3, 80);
        agreed(f, 4, 70);

        assertThat(shortlisted(f, ShortlistRule.top(2))).containsExactly("2022-1", "2022-2", "2022-3");
    }

    @Test
    void neverTakesASubmissionWithoutScore() {
        PanelFixture f = panel().submissions(1, 2);
        agreed(f, 1, 10);

        ShortlistResult result = f.analysis().shortlist(PanelMethod.MEAN, ShortlistRule.top(2).withMinReviews(0));

        assertThat(outcomeOf(result, "2022-2")).isEqualTo(ShortlistOutcome.NO_SCORE);
        assertThat(result.shortlisted()).hasSize(1);
    }

    @Test
    void refusesARuleWithNeitherPlacesNorThreshold() {
        assertThatThrownBy(() -> new ShortlistRule(0, Double.NaN, 0, 2)).isInstanceOf(IllegalArgumentException.class);
    }
}
