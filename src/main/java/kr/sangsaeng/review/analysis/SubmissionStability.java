package kr.sangsaeng.review.analysis;

import kr.sangsaeng.review.model.Submission;

/**
 * How one submission fared over the weight draws. Ranks are competition ranks, 1 best.
 * The 5–95% interval uses nearest-rank percentiles (the ⌈p·D⌉-th smallest rank), so both ends
 * are ranks that actually occurred; the median is the usual one (mean of the two middle values
 * for an even number of draws).
 *
 * <p>{@code completedReviews} is the case's count of completed reviews, which no weight draw changes:
 * below the rule's minimum the case is never shortlisted, and views say so rather than show a bare 0%.
 */
public record SubmissionStability(Submission submission, int index, double probability, double medianRank,
                                  int rankLow, int rankHigh, int completedReviews) {
    /** Lower bound (exclusive) of the cut-off band; docs/analysis.md says strictly between 5% and 95%. */
    public static final double CUTOFF_LOW = 0.05;
    public static final double CUTOFF_HIGH = 0.95;

    /** Shortlisted in some draws but not reliably: the committee should look at it. */
    public boolean onCutoff() {
        return probability > CUTOFF_LOW && probability < CUTOFF_HIGH;
    }

    /** True when the rule can never shortlist the case, whatever the weights: too few completed reviews. */
    public boolean lacksReviews(ShortlistRule rule) {
        return completedReviews < Math.max(1, rule.minReviews());
    }
}
