package kr.sangsaeng.review.analysis;

import java.util.List;

/** Submissions best first, with the figures they were ranked on. */
public record Ranking(PanelScores scores, int tieBreakCriterion, List<RankedSubmission> entries) {
    public Ranking {
        entries = List.copyOf(entries);
    }

    public PanelMethod method() {
        return scores.method();
    }

    /** Rank of the submission at this table index. */
    public int rankOf(int submissionIndex) {
        for (RankedSubmission e : entries) {
            if (e.stats().index() == submissionIndex) {
                return e.rank();
            }
        }
        throw new IndexOutOfBoundsException("No submission at index " + submissionIndex);
    }
}
