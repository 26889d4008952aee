package kr.sangsaeng.review.analysis;

/**
 * Draws weight vectors from a Dirichlet(α) distribution as normalised Gamma(α_c, 1) variates,
 * using Marsaglia &amp; Tsang's (2000) method.
 *
 * <p>Every draw is reseeded from the run's seed and the draw's number, so draw d is the same
 * whichever thread computes it and in whatever order: results do not depend on the thread count.
 * The generator is SplitMix64 — the algorithm behind {@link java.util.SplittableRandom} — written
 * out so it can be reseeded in place (no object per draw) and so that a seed gives the same draws on
 * every JDK. Normal variates use Marsaglia's polar method for the same reason.
 */
final class DirichletSampler {
    private static final long GOLDEN = 0x9E3779B97F4A7C15L;

    private final double[] alpha;
    private final long seedMix;
    private long state;

    /** @param alpha one shape per criterion; 0 means that criterion always draws weight 0. */
    DirichletSampler(double[] alpha, long seed) {
        this.alpha = alpha.clone();
        this.seedMix = mix(seed);
    }

    /** α_c = κ · w_c / Σw: a Dirichlet whose mean is the normalised weights. */
    static double[] shapes(double[] weights, double concentration) {
        double sum = ReviewerTotals.sum(weights);
        if (!(sum > 0)) {
            throw new IllegalArgumentException("The weights sum to zero; there is nothing to centre the draws on");
        }
        double[] a = new double[weights.length];
        for (int c = 0; c < a.length; c++) {
            a[c] = concentration * weights[c] / sum;
        }
        return a;
    }

    /** Writes draw number {@code draw} to {@code out[offset, offset + C)}; the values sum to 1. */
    void draw(long draw, double[] out, int offset) {
        state = mix(seedMix + draw * GOLDEN);
        double sum = 0;
        for (int c = 0; c < alpha.length; c++) {
            out[offset + c] = gamma(alpha[c]);
            sum += out[offset + c];
        }
        for (int c = 0; c < alpha.length; c++) {
            out[offset + c] /= sum;
        }
    }

    double gamma(double a) {
        if (a <= 0) {
            return 0;
        }
        if (a < 1) {
            // Marsaglia & Tsang's boost: Gamma(a) = Gamma(a + 1) · U^(1/a).
            return gamma(a + 1) * Math.pow(1 - nextDouble(), 1 / a);
        }
        double d = a - 1.0 / 3;
        double c = 1 / Math.sqrt(9 * d);
        while (true) {
            double x;
            double v;
            do {
                x = nextGaussian();
                v = 1 + c * x;
            } while (v <= 0);
            v = v * v * v;
            double u = nextDouble();
            double x2 = x * x;
            if (u < 1 - 0.0331 * x2 * x2 || Math.log(u) < 0.5 * x2 + d * (1 - v + Math.log(v))) {
                return d * v;
            }
        }
    }

    private double nextGaussian() {
        double u;
        double v;
        double s;
        do {
            u = 2 * nextDouble() - 1;
            v = 2 * nextDouble() - 1;
            s = u * u + v * v;
        } while (s >= 1 || s == 0);
        return u * Math.sqrt(-2 * Math.log(s) / s);
    }

    private double nextDouble() {
        return (nextLong() >>> 11) * 0x1.0p-53;
    }

    private long nextLong() {
        state += GOLDEN;
        return mix(state);
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
