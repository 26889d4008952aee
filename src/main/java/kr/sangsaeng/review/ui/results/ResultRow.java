package kr.sangsaeng.review.ui.results;

import kr.sangsaeng.review.analysis.ShortlistOutcome;
import kr.sangsaeng.review.analysis.SubmissionStability;
import kr.sangsaeng.review.analysis.SubmissionStats;
import kr.sangsaeng.review.model.Decision;
import kr.sangsaeng.review.model.Submission;

/**
 * One line of the results table: a case's rank and figures under the current method, rule and
 * weights, its rank stability when a run matches those settings (else null), and the committee's
 * decision (null when none). Immutable; the view model replaces rows when anything changes.
 *
 * @param tied            another case shares the rank
 * @param lastShortlisted the last case the rule takes, so the table can draw the cut under it
 */
public record ResultRow(int rank, boolean tied, SubmissionStats stats, ShortlistOutcome outcome,
                        boolean lastShortlisted, SubmissionStability stability, Decision decision) {

    public Submission submission() {
        return stats.submission();
    }

    public boolean shortlisted() {
        return outcome == ShortlistOutcome.SHORTLISTED;
    }

    public boolean onCutoff() {
        return stability != null && stability.onCutoff();
    }

    public DecisionChoice decisionChoice() {
        return DecisionChoice.of(decision);
    }

    public String note() {
        return decision == null ? "" : decision.note();
    }

    public ResultRow withDecision(Decision d) {
        return new ResultRow(rank, tied, stats, outcome, lastShortlisted, stability, d);
    }
}
