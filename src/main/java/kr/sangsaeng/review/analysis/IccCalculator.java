package kr.sangsaeng.review.analysis;

/**
 * ICC(1,1), ICC(2,1), ICC(3,1) and their k-judge averages ICC(1,k), ICC(2,k), ICC(3,k), exactly as
 * in Shrout, P. E. &amp; Fleiss, J. L. (1979), "Intraclass correlations: uses in assessing rater
 * reliability", Psychological Bulletin 86(2), 420–428, Table 1 formulas:
 * <pre>
 * ICC(1,1) = (BMS − WMS) / (BMS + (k−1)·WMS)
 * ICC(2,1) = (BMS − EMS) / (BMS + (k−1)·EMS + k·(JMS − EMS)/n)
 * ICC(3,1) = (BMS − EMS) / (BMS + (k−1)·EMS)
 * ICC(1,k) = (BMS − WMS) / BMS
 * ICC(2,k) = (BMS − EMS) / (BMS + (JMS − EMS)/n)
 * ICC(3,k) = (BMS − EMS) / BMS
 * </pre>
 */
public final class IccCalculator {
    private IccCalculator() {
    }

    /** @param x n rows (targets, here submissions) of k columns (judges, here reviewers); no NaN. */
    public static IccResult compute(double[][] x) {
        int n = x.length;
        int k = n == 0 ? 0 : x[0].length;
        checkRectangular(x, k);
        if (n < 2 || k < 2) {
            return IccResult.undefined(n, k, n < 2 ? IccResult.TOO_FEW_CASES : IccResult.TOO_FEW_REVIEWERS);
        }
        double[] rowMean = new double[n];
        double[] colMean = new double[k];
        double grand = 0;
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < k; j++) {
                rowMean[i] += x[i][j];
                colMean[j] += x[i][j];
                grand += x[i][j];
            }
        }
        divide(rowMean, k);
        divide(colMean, n);
        grand /= (double) n * k;
        // Within and residual sums of squares summed directly rather than as differences of
        // totals, so that perfect agreement gives exactly 0 and the ICCs exactly 1.
        double within = 0;
        double residual = 0;
        double scale = 0;
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < k; j++) {
                double w = x[i][j] - rowMean[i];
                double e = w - colMean[j] + grand;
                within += w * w;
                residual += e * e;
                scale += x[i][j] * x[i][j];
            }
        }
        // Means of equal totals differ in their last bits when summed in another order; such sums of
        // squares (around 1e-28) are noise, not variance, and dividing by them gave ICCs of -5.6e29.
        double noise = NOISE * Math.max(scale, Double.MIN_NORMAL);
        return fromSums(n, k, snap(k * sumOfSquares(rowMean, grand), noise), snap(within, noise),
                snap(n * sumOfSquares(colMean, grand), noise), snap(residual, noise));
    }

    /**
     * Relative size below which a sum of squares is rounding noise: totals are compared at 1e-9 points
     * (as for ranking), so a real difference between two cases' means is at least (1e-9/k)² against
     * squares of scores up to 100², far above 1e-24 of their sum, while noise is near 1e-32 of it.
     */
    private static final double NOISE = 1e-24;

    private static double snap(double sumOfSquares, double noise) {
        return sumOfSquares < noise ? 0 : sumOfSquares;
    }

    private static void divide(double[] v, double divisor) {
        for (int i = 0; i < v.length; i++) {
            v[i] /= divisor;
        }
    }

    private static IccResult fromSums(int n, int k, double bss, double wss, double jss, double ess) {
        if (bss == 0) {
            // No variance between cases: every ICC is a share of a zero, not a measure of agreement
            // (the formulas would give -1/(k-1), -∞ or even 5).
            return IccResult.undefined(n, k, wss == 0 ? IccResult.NO_VARIATION : IccResult.NO_DIFFERENCE);
        }
        double bms = bss / (n - 1);
        double wms = wss / (n * (k - 1.0));
        double jms = jss / (k - 1);
        double ems = ess / ((n - 1.0) * (k - 1.0));
        return new IccResult(n, k,
                ratio(bms - wms, bms + (k - 1) * wms),
                ratio(bms - ems, bms + (k - 1) * ems + k * (jms - ems) / n),
                ratio(bms - ems, bms + (k - 1) * ems),
                ratio(bms - wms, bms),
                ratio(bms - ems, bms + (jms - ems) / n),
                ratio(bms - ems, bms),
                bms, wms, jms, ems, "");
    }

    private static double ratio(double num, double den) {
        return den == 0 ? Double.NaN : num / den;
    }

    private static double sumOfSquares(double[] v, double centre) {
        double s = 0;
        for (double x : v) {
            s += (x - centre) * (x - centre);
        }
        return s;
    }

    static void checkRectangular(double[][] x, int k) {
        for (double[] row : x) {
            if (row.length != k) {
                throw new IllegalArgumentException("Every row needs " + k + " values");
            }
            for (double v : row) {
                if (!Double.isFinite(v)) {
                    throw new IllegalArgumentException("The matrix holds a missing or infinite value");
                }
            }
        }
    }
}
