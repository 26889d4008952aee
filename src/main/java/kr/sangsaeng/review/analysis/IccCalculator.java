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
            return IccResult.undefined(n, k);
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
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < k; j++) {
                double w = x[i][j] - rowMean[i];
                double e = w - colMean[j] + grand;
                within += w * w;
                residual += e * e;
            }
        }
        return fromSums(n, k, k * sumOfSquares(rowMean, grand), within, n * sumOfSquares(colMean, grand), residual);
    }

    private static void divide(double[] v, double divisor) {
        for (int i = 0; i < v.length; i++) {
            v[i] /= divisor;
        }
    }

    private static IccResult fromSums(int n, int k, double bss, double wss, double jss, double ess) {
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
                bms, wms, jms, ems);
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
