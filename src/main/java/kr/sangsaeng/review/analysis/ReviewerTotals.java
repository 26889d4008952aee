package kr.sangsaeng.review.analysis;

/**
 * Each complete review's total on 0–100 for one set of weights (docs/analysis.md):
 * Σ_c w_c · (x_c − min_c)/(max_c − min_c) · 100 / Σ_c w_c.
 *
 * <p>The weights need not sum to 100 or 1: dividing by their sum makes what-if weights such as
 * "double the first criterion" mean what a committee member would expect. Weights that sum to zero
 * leave every total NaN rather than failing, so a results view on a half-built rubric still opens.
 */
public final class ReviewerTotals {
    private final ReviewTable table;
    private final double[] weights;
    private final double[] totals;

    private ReviewerTotals(ReviewTable table, double[] weights, double[] totals) {
        this.table = table;
        this.weights = weights;
        this.totals = totals;
    }

    /** Totals for the given weights, one per criterion in rubric order. */
    public static ReviewerTotals of(ReviewTable table, double[] weights) {
        checkWeights(weights, table.criterionCount());
        double[] w = weights.clone();
        double[] out = new double[table.reviewCount()];
        computeInto(table.normalisedMatrix(), table.criterionCount(), w, out);
        return new ReviewerTotals(table, w, out);
    }

    public ReviewTable table() {
        return table;
    }

    public double[] weights() {
        return weights.clone();
    }

    /** Total of a complete review, by review index. */
    public double total(int review) {
        return totals[review];
    }

    /** A reviewer's total for a submission, or NaN when that review is not complete. */
    public double total(int submission, int reviewer) {
        for (int m = table.reviewStart(submission); m < table.reviewEnd(submission); m++) {
            if (table.reviewerOf(m) == reviewer) {
                return totals[m];
            }
        }
        return Double.NaN;
    }

    /** The totals by review index, for this package's loops; never modify it. */
    double[] array() {
        return totals;
    }

    /** Fills {@code out[m]} with review m's total; the stability draws call this with fresh weights. */
    static void computeInto(double[] normalised, int nc, double[] weights, double[] out) {
        double scale = 100.0 / sum(weights);
        for (int m = 0; m < out.length; m++) {
            double dot = 0;
            int base = m * nc;
            for (int c = 0; c < nc; c++) {
                dot += weights[c] * normalised[base + c];
            }
            out[m] = dot * scale;
        }
    }

    static double sum(double[] w) {
        double s = 0;
        for (double x : w) {
            s += x;
        }
        return s;
    }

    static void checkWeights(double[] w, int criteria) {
        if (w.length != criteria) {
            throw new IllegalArgumentException("Expected " + criteria + " weights, got " + w.length);
        }
        for (double x : w) {
            if (!(x >= 0) || Double.isInfinite(x)) {
                throw new IllegalArgumentException("Weight " + x + " is not a finite, non-negative number");
            }
        }
    }
}
