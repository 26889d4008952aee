package kr.sangsaeng.review.analysis;

import java.util.List;

/**
 * Panel figures of every submission for one method and one set of weights, in the table's
 * submission order (not ranked: see {@link Ranker}).
 */
public record PanelScores(PanelMethod method, ReviewerTotals totals, List<SubmissionStats> submissions) {
    public PanelScores {
        submissions = List.copyOf(submissions);
    }

    public ReviewTable table() {
        return totals.table();
    }

    public SubmissionStats get(int submissionIndex) {
        return submissions.get(submissionIndex);
    }
}
