package kr.sangsaeng.review.analysis;

import java.util.ArrayList;
import java.util.List;

/**
 * Reviewer bias (docs/analysis.md): for each reviewer, the mean over the submissions they completed of
 * (their total − that submission's panel mean). The panel mean includes the reviewer's own total,
 * as it is the mean the results view shows; on a panel of k reviewers that shrinks each deviation by
 * (k − 1)/k, which keeps bias figures comparable with the published means.
 */
public final class ReviewerBias {
    private ReviewerBias() {
    }

    public static List<ReviewerBiasEntry> compute(ReviewerTotals totals) {
        ReviewTable t = totals.table();
        double[] sum = new double[t.reviewerCount()];
        int[] count = new int[t.reviewerCount()];
        for (int s = 0; s < t.submissionCount(); s++) {
            int n = t.completed(s);
            double mean = 0;
            for (int m = t.reviewStart(s); m < t.reviewEnd(s); m++) {
                mean += totals.total(m);
            }
            mean /= n;
            for (int m = t.reviewStart(s); m < t.reviewEnd(s); m++) {
                sum[t.reviewerOf(m)] += totals.total(m) - mean;
                count[t.reviewerOf(m)]++;
            }
        }
        List<ReviewerBiasEntry> out = new ArrayList<>(sum.length);
        for (int r = 0; r < sum.length; r++) {
            double bias = count[r] == 0 ? Double.NaN : sum[r] / count[r];
            out.add(new ReviewerBiasEntry(t.reviewers().get(r), bias, count[r]));
        }
        return out;
    }
}
