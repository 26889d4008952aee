package kr.sangsaeng.review.analysis;

import java.util.Arrays;
import java.util.Comparator;

/**
 * Kendall's coefficient of concordance W with the correction for ties:
 * <pre>
 * W = 12·S / (m²·(n³ − n) − m·Σ_j T_j),   T_j = Σ over tie groups of rater j of (t³ − t)
 * </pre>
 * where n objects are ranked by m raters, tied values get the mean of the ranks they span, and S is
 * the sum of squared deviations of the objects' rank sums from their mean. Values are tied only
 * when exactly equal; round them first if they carry floating-point noise.
 */
public final class KendallW {
    private KendallW() {
    }

    /**
     * @param x n rows (objects, here submissions) of m columns (raters, here reviewers); no NaN.
     * @return W in [0, 1]; NaN when n &lt; 2 or m &lt; 2, or when every rater ties every object.
     */
    public static double compute(double[][] x) {
        int n = x.length;
        int m = n == 0 ? 0 : x[0].length;
        IccCalculator.checkRectangular(x, m);
        if (n < 2 || m < 2) {
            return Double.NaN;
        }
        double[] rankSum = new double[n];
        double ties = 0;
        double[] ranks = new double[n];
        for (int j = 0; j < m; j++) {
            ties += midRanks(x, j, ranks);
            for (int i = 0; i < n; i++) {
                rankSum[i] += ranks[i];
            }
        }
        double meanSum = m * (n + 1) / 2.0;
        double s = 0;
        for (double r : rankSum) {
            s += (r - meanSum) * (r - meanSum);
        }
        double den = (double) m * m * ((double) n * n * n - n) - m * ties;
        return den == 0 ? Double.NaN : 12 * s / den;
    }

    /** Fills {@code ranks} with column j's mid-ranks (1-based); returns Σ (t³ − t) over its ties. */
    static double midRanks(double[][] x, int j, double[] ranks) {
        int n = x.length;
        Integer[] idx = new Integer[n];
        for (int i = 0; i < n; i++) {
            idx[i] = i;
        }
        Arrays.sort(idx, Comparator.comparingDouble(i -> x[i][j]));
        double ties = 0;
        for (int a = 0; a < n; ) {
            int b = a;
            while (b + 1 < n && x[idx[b + 1]][j] == x[idx[a]][j]) {
                b++;
            }
            double mid = (a + b) / 2.0 + 1;
            for (int p = a; p <= b; p++) {
                ranks[idx[p]] = mid;
            }
            double t = b - a + 1;
            ties += t * t * t - t;
            a = b + 1;
        }
        return ties;
    }
}
