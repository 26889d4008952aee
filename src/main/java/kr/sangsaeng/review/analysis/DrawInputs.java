package kr.sangsaeng.review.analysis;

/**
 * Figures derived once per stability run and shared, read-only, by all workers: what
 * {@link DrawScorer} needs beyond the table for the chosen method.
 *
 * @param meanNormalised  for the mean: mean normalised score of criterion c, submission s at c·S + s
 * @param reviewerCount   for z-scores: completed reviews per reviewer
 * @param reviewerMean    for z-scores: mean normalised score vector per reviewer (r·C + c)
 * @param reviewerScatter for z-scores: centred cross-products Σ (x − μ)(x − μ)ᵀ per reviewer (C × C each)
 */
record DrawInputs(ReviewTable table, double[] meanNormalised, int[] reviewerCount, double[] reviewerMean,
                  double[] reviewerScatter) {
    static DrawInputs of(ReviewTable t, PanelMethod method) {
        boolean z = method == PanelMethod.ZSCORE;
        int nr = t.reviewerCount();
        int nc = t.criterionCount();
        int[] count = new int[z ? nr : 0];
        double[] mean = new double[z ? nr * nc : 0];
        double[] scatter = new double[z ? nr * nc * nc : 0];
        if (z) {
            reviewerMoments(t, count, mean, scatter);
        }
        return new DrawInputs(t, method == PanelMethod.MEAN ? meanNormalised(t) : new double[0], count, mean,
                scatter);
    }

    private static double[] meanNormalised(ReviewTable t) {
        int ns = t.submissionCount();
        double[] out = new double[t.criterionCount() * ns];
        for (int c = 0; c < t.criterionCount(); c++) {
            for (int s = 0; s < ns; s++) {
                double sum = 0;
                for (int m = t.reviewStart(s); m < t.reviewEnd(s); m++) {
                    sum += t.normalised(m, c);
                }
                out[c * ns + s] = t.completed(s) == 0 ? Double.NaN : sum / t.completed(s);
            }
        }
        return out;
    }

    /** Two passes (means, then centred products) so a reviewer with identical reviews gets exactly 0. */
    private static void reviewerMoments(ReviewTable t, int[] count, double[] mean, double[] scatter) {
        int nc = t.criterionCount();
        for (int m = 0; m < t.reviewCount(); m++) {
            int r = t.reviewerOf(m);
            count[r]++;
            for (int c = 0; c < nc; c++) {
                mean[r * nc + c] += t.normalised(m, c);
            }
        }
        for (int i = 0; i < mean.length; i++) {
            mean[i] = count[i / nc] == 0 ? 0 : mean[i] / count[i / nc];
        }
        for (int m = 0; m < t.reviewCount(); m++) {
            int r = t.reviewerOf(m);
            for (int c = 0; c < nc; c++) {
                double dc = t.normalised(m, c) - mean[r * nc + c];
                for (int d = 0; d < nc; d++) {
                    scatter[(r * nc + c) * nc + d] += dc * (t.normalised(m, d) - mean[r * nc + d]);
                }
            }
        }
    }
}
