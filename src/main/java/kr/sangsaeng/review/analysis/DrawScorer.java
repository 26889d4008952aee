package kr.sangsaeng.review.analysis;

import java.util.Arrays;

/**
 * Panel scores of every submission for a block of {@link #LANES} drawn weight vectors — the inner
 * loop of the stability run. One instance per worker thread; it owns its scratch arrays and
 * allocates nothing per draw. Reviewer totals, and so mean, median and trimmed scores, equal
 * {@link PanelAggregator}'s bit for bit for the same weights (same operations in the same order);
 * z-scores agree up to rounding, as reviewer spreads come from precomputed moments.
 *
 * <p>Why it is shaped like this: for {@link PanelMethod#MEAN} no total is formed — a total is
 * linear in the normalised scores, so a mean total is the weights' dot product with the mean
 * normalised scores. The other methods walk the score matrix once per block instead of once per
 * draw, and every loop runs across the block's draws ("lanes") with a fixed trip count and no
 * data-dependent branch, which the JIT turns into SIMD code.
 */
final class DrawScorer {
    /** Draws scored together. */
    static final int LANES = 32;

    private final PanelMethod method;
    private final DrawInputs in;
    private final int nc;
    private final int ns;
    private final double[] weightsT;
    private final double[] scale;
    private final double[] lane;
    private final double[] totals;
    private final double[] accumulator;
    private final double[] low;
    private final double[] high;
    private final double[] reviewerMean;
    private final double[] reviewerInvSd;
    private final MedianNetwork[] networks;

    DrawScorer(DrawInputs inputs, PanelMethod method) {
        ReviewTable t = inputs.table();
        this.method = method;
        this.in = inputs;
        this.nc = t.criterionCount();
        this.ns = t.submissionCount();
        this.weightsT = new double[nc * LANES];
        this.scale = new double[LANES];
        this.lane = new double[LANES];
        int largest = 0;
        for (int s = 0; s < ns; s++) {
            largest = Math.max(largest, t.completed(s));
        }
        this.totals = new double[largest * LANES];
        this.accumulator = new double[LANES];
        this.low = new double[LANES];
        this.high = new double[LANES];
        boolean z = method == PanelMethod.ZSCORE;
        this.reviewerMean = new double[z ? t.reviewerCount() * LANES : 0];
        this.reviewerInvSd = new double[z ? t.reviewerCount() * LANES : 0];
        this.networks = new MedianNetwork[method == PanelMethod.MEDIAN ? largest + 1 : 0];
        for (int n = 0; n < networks.length; n++) {
            networks[n] = MedianNetwork.forSize(n);
        }
    }

    /**
     * Scores {@code count} ≤ {@link #LANES} draws. {@code weights} holds them draw after draw
     * (count × C); {@code out} receives draw b's score of submission s at {@code b * S + s}.
     */
    void score(double[] weights, int count, double[] out) {
        loadWeights(weights, count);
        if (method == PanelMethod.MEAN) {
            meanScores(count, out);
            return;
        }
        if (method == PanelMethod.ZSCORE) {
            reviewerSpread();
        }
        int[] start = in.table().reviewStarts();
        for (int s = 0; s < ns; s++) {
            int n = start[s + 1] - start[s];
            if (n == 0) {
                Arrays.fill(lane, Double.NaN);
            } else {
                totals(start[s], n);
                aggregate(start[s], n);
            }
            for (int b = 0; b < count; b++) {
                out[b * ns + s] = lane[b];
            }
        }
    }

    /** Transposes to criterion-major; lanes past {@code count} repeat the last draw to keep trip counts fixed. */
    private void loadWeights(double[] weights, int count) {
        for (int b = 0; b < LANES; b++) {
            int from = Math.min(b, count - 1) * nc;
            double sum = 0;
            for (int c = 0; c < nc; c++) {
                weightsT[c * LANES + b] = weights[from + c];
                sum += weights[from + c];
            }
            scale[b] = 100.0 / sum;
        }
    }

    /**
     * Totals of a submission's n reviews for every lane: review j, lane b at j·LANES + b. Criteria
     * are added four at a time, left to right, which is the same sum as {@link ReviewerTotals}'s.
     */
    private void totals(int from, int n) {
        double[] norm = in.table().normalisedMatrix();
        for (int j = 0; j < n; j++) {
            int row = j * LANES;
            int base = (from + j) * nc;
            Arrays.fill(totals, row, row + LANES, 0);
            for (int c = 0; c < nc; c += 4) {
                switch (Math.min(4, nc - c)) {
                    case 4 -> add4(row, c, norm[base + c], norm[base + c + 1], norm[base + c + 2], norm[base + c + 3]);
                    case 3 -> add3(row, c, norm[base + c], norm[base + c + 1], norm[base + c + 2]);
                    case 2 -> add2(row, c, norm[base + c], norm[base + c + 1]);
                    default -> add1(row, c, norm[base + c]);
                }
            }
            for (int b = 0; b < LANES; b++) {
                totals[row + b] *= scale[b];
            }
        }
    }

    private void add4(int row, int c, double x0, double x1, double x2, double x3) {
        int w = c * LANES;
        for (int b = 0; b < LANES; b++) {
            totals[row + b] = totals[row + b] + weightsT[w + b] * x0 + weightsT[w + LANES + b] * x1
                    + weightsT[w + 2 * LANES + b] * x2 + weightsT[w + 3 * LANES + b] * x3;
        }
    }

    private void add3(int row, int c, double x0, double x1, double x2) {
        int w = c * LANES;
        for (int b = 0; b < LANES; b++) {
            totals[row + b] = totals[row + b] + weightsT[w + b] * x0 + weightsT[w + LANES + b] * x1
                    + weightsT[w + 2 * LANES + b] * x2;
        }
    }

    private void add2(int row, int c, double x0, double x1) {
        int w = c * LANES;
        for (int b = 0; b < LANES; b++) {
            totals[row + b] = totals[row + b] + weightsT[w + b] * x0 + weightsT[w + LANES + b] * x1;
        }
    }

    private void add1(int row, int c, double x0) {
        int w = c * LANES;
        for (int b = 0; b < LANES; b++) {
            totals[row + b] = totals[row + b] + weightsT[w + b] * x0;
        }
    }

    /** Leaves each lane's panel score in {@link #lane}. */
    private void aggregate(int from, int n) {
        switch (method) {
            case MEDIAN -> networks[n].medians(totals, LANES, lane);
            case TRIMMED -> trimmed(n);
            case ZSCORE -> zscore(from, n);
            case MEAN -> throw new AssertionError("the mean is scored without totals");
        }
    }

    private void trimmed(int n) {
        Arrays.fill(accumulator, 0);
        Arrays.fill(low, Double.POSITIVE_INFINITY);
        Arrays.fill(high, Double.NEGATIVE_INFINITY);
        for (int j = 0; j < n; j++) {
            int row = j * LANES;
            for (int b = 0; b < LANES; b++) {
                double t = totals[row + b];
                accumulator[b] += t;
                low[b] = Math.min(low[b], t);
                high[b] = Math.max(high[b], t);
            }
        }
        for (int b = 0; b < LANES; b++) {
            lane[b] = n < 5 ? accumulator[b] / n : (accumulator[b] - low[b] - high[b]) / (n - 2);
        }
    }

    private void zscore(int from, int n) {
        int[] reviewerOf = in.table().reviewerIndices();
        Arrays.fill(accumulator, 0);
        for (int j = 0; j < n; j++) {
            int row = j * LANES;
            int r = reviewerOf[from + j] * LANES;
            for (int b = 0; b < LANES; b++) {
                accumulator[b] += (totals[row + b] - reviewerMean[r + b]) * reviewerInvSd[r + b];
            }
        }
        for (int b = 0; b < LANES; b++) {
            lane[b] = 50 + 10 * (accumulator[b] / n);
        }
    }

    /**
     * Each reviewer's mean total and 1/SD per lane, from moments of their normalised scores: the
     * mean is scale · w·μ_r and the sample variance scale² · wᵀ S_r w / (n_r − 1), so no pass over
     * the reviews is needed first. A reviewer whose z-scores are defined as 0 gets 1/SD = 0.
     */
    private void reviewerSpread() {
        int nr = in.table().reviewerCount();
        for (int r = 0; r < nr; r++) {
            int cnt = in.reviewerCount()[r];
            for (int b = 0; b < LANES; b++) {
                double mean = 0;
                double quad = 0;
                for (int c = 0; c < nc; c++) {
                    double wc = weightsT[c * LANES + b];
                    mean += wc * in.reviewerMean()[r * nc + c];
                    for (int d = 0; d < nc; d++) {
                        quad += wc * weightsT[d * LANES + b] * in.reviewerScatter()[(r * nc + c) * nc + d];
                    }
                }
                double sd = cnt < 2 ? 0 : scale[b] * Math.sqrt(Math.max(0, quad) / (cnt - 1));
                reviewerMean[r * LANES + b] = scale[b] * mean;
                reviewerInvSd[r * LANES + b] = sd <= PanelAggregator.ZERO_SD ? 0 : 1 / sd;
            }
        }
    }

    private void meanScores(int count, double[] out) {
        double[] means = in.meanNormalised();
        for (int b = 0; b < count; b++) {
            int row = b * ns;
            Arrays.fill(out, row, row + ns, nc == 0 ? Double.NaN : 0);
            for (int c = 0; c < nc; c++) {
                double w = weightsT[c * LANES + b] * scale[b];
                int base = c * ns;
                for (int s = 0; s < ns; s++) {
                    out[row + s] += w * means[base + s];
                }
            }
        }
    }
}
