package kr.sangsaeng.review.analysis;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns reviewers' totals into each submission's panel figures (docs/analysis.md). This is the reference
 * definition of every method; the stability draws compute the same scores in a vectorised form
 * ({@link DrawScorer}), and a test holds the two together.
 */
public final class PanelAggregator {
    /**
     * A reviewer whose totals spread less than this (on 0–100) is treated as having SD 0: their
     * totals are equal up to floating-point noise, and dividing by that noise would turn it into
     * huge z-scores.
     */
    static final double ZERO_SD = 1e-9;

    private PanelAggregator() {
    }

    public static PanelScores aggregate(ReviewerTotals totals, PanelMethod method) {
        ReviewTable t = totals.table();
        double[] tot = totals.array();
        double[] z = method == PanelMethod.ZSCORE ? zScores(t, tot) : null;
        double[] buf = new double[Math.max(1, t.reviewerCount())];
        List<SubmissionStats> out = new ArrayList<>(t.submissionCount());
        for (int s = 0; s < t.submissionCount(); s++) {
            out.add(stats(t, s, tot, z, method, buf));
        }
        return new PanelScores(method, totals, out);
    }

    private static SubmissionStats stats(ReviewTable t, int s, double[] tot, double[] z, PanelMethod method,
                                         double[] buf) {
        int from = t.reviewStart(s);
        int n = t.completed(s);
        System.arraycopy(tot, from, buf, 0, n);
        double mean = mean(buf, n);
        double sd = sampleSd(buf, n, mean);
        double trimmed = trimmedMean(buf, 0, n);
        double median = median(buf, 0, n);
        double panel = switch (method) {
            case MEAN -> mean;
            case MEDIAN -> median;
            case TRIMMED -> trimmed;
            case ZSCORE -> n == 0 ? Double.NaN : 50 + 10 * mean(z, from, n);
        };
        List<Double> crit = new ArrayList<>(t.criterionCount());
        for (int c = 0; c < t.criterionCount(); c++) {
            crit.add(t.criterionMean(s, c));
        }
        return new SubmissionStats(t.submissions().get(s), s, panel, mean, median, sd, n,
                t.incomplete(s), t.recused(s), crit);
    }

    /**
     * Each review's z-score within its reviewer's completed reviews, by review index. Sample SD
     * (n − 1), as for the SD shown per submission, so the two read alike; a reviewer with fewer
     * than two completed reviews, or whose totals are all equal, gives z = 0 — they tell us nothing
     * about how that reviewer spreads scores.
     */
    static double[] zScores(ReviewTable t, double[] tot) {
        int nr = t.reviewerCount();
        int[] reviewerOf = t.reviewerIndices();
        double[] mean = new double[nr];
        int[] count = new int[nr];
        for (int m = 0; m < tot.length; m++) {
            mean[reviewerOf[m]] += tot[m];
            count[reviewerOf[m]]++;
        }
        for (int r = 0; r < nr; r++) {
            mean[r] = count[r] == 0 ? 0 : mean[r] / count[r];
        }
        double[] sd = new double[nr];
        for (int m = 0; m < tot.length; m++) {
            double d = tot[m] - mean[reviewerOf[m]];
            sd[reviewerOf[m]] += d * d;
        }
        for (int r = 0; r < nr; r++) {
            sd[r] = count[r] < 2 ? 0 : Math.sqrt(sd[r] / (count[r] - 1));
        }
        double[] z = new double[tot.length];
        for (int m = 0; m < tot.length; m++) {
            int r = reviewerOf[m];
            z[m] = sd[r] <= ZERO_SD ? 0 : (tot[m] - mean[r]) / sd[r];
        }
        return z;
    }

    static double mean(double[] v, int n) {
        return mean(v, 0, n);
    }

    static double mean(double[] v, int from, int n) {
        if (n == 0) {
            return Double.NaN;
        }
        double s = 0;
        for (int i = from; i < from + n; i++) {
            s += v[i];
        }
        return s / n;
    }

    static double sampleSd(double[] v, int n, double mean) {
        if (n < 2) {
            return Double.NaN;
        }
        double s = 0;
        for (int i = 0; i < n; i++) {
            s += (v[i] - mean) * (v[i] - mean);
        }
        return Math.sqrt(s / (n - 1));
    }

    /** Drops one highest and one lowest of v[from, from + n) when n ≥ 5, else the plain mean. */
    static double trimmedMean(double[] v, int from, int n) {
        if (n < 5) {
            return mean(v, from, n);
        }
        double s = 0;
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (int i = from; i < from + n; i++) {
            s += v[i];
            lo = Math.min(lo, v[i]);
            hi = Math.max(hi, v[i]);
        }
        return (s - lo - hi) / (n - 2);
    }

    /** Median of v[from, from + n); sorts that part in place (insertion sort: panels are small). */
    static double median(double[] v, int from, int n) {
        if (n == 0) {
            return Double.NaN;
        }
        int to = from + n;
        for (int i = from + 1; i < to; i++) {
            double x = v[i];
            int j = i - 1;
            while (j >= from && v[j] > x) {
                v[j + 1] = v[j];
                j--;
            }
            v[j + 1] = x;
        }
        int mid = from + n / 2;
        return (n & 1) == 1 ? v[mid] : (v[mid - 1] + v[mid]) / 2;
    }
}
