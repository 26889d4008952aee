package kr.sangsaeng.review.analysis;

/**
 * Settings of a rank-stability run (docs/analysis.md). Results depend on draws, seed, concentration,
 * method and rule only — never on {@code threads}, because every draw's random numbers come from
 * its own seed derived from {@code seed} and the draw's number.
 *
 * @param draws         number of weight draws, at least 1
 * @param seed          the run's seed; recorded with every export
 * @param concentration κ in α_c = κ · w_c / Σw; larger keeps draws closer to the weights
 * @param method        panel method used in every draw
 * @param rule          shortlist rule applied in every draw (typically {@link ShortlistRule#top(int)})
 * @param threads       worker threads; 1 runs on the calling thread
 */
public record StabilityOptions(int draws, long seed, double concentration, PanelMethod method, ShortlistRule rule,
                               int threads) {
    public static final int DEFAULT_DRAWS = 2000;
    /** The day the 2022 winners were announced; any fixed value would do. */
    public static final long DEFAULT_SEED = 20221214L;
    public static final double DEFAULT_CONCENTRATION = 50;

    public StabilityOptions {
        if (draws < 1) {
            throw new IllegalArgumentException("At least one draw is needed");
        }
        if (!(concentration > 0) || Double.isInfinite(concentration)) {
            throw new IllegalArgumentException("The concentration must be a positive number");
        }
        if (threads < 1) {
            throw new IllegalArgumentException("At least one thread is needed");
        }
        if (method == null || rule == null) {
            throw new IllegalArgumentException("A method and a shortlist rule are needed");
        }
    }

    /** Defaults for a rule: 2,000 draws, seed 20221214, κ = 50, mean, up to two threads. */
    public static StabilityOptions defaults(ShortlistRule rule) {
        int threads = Math.max(1, Math.min(2, Runtime.getRuntime().availableProcessors()));
        return new StabilityOptions(DEFAULT_DRAWS, DEFAULT_SEED, DEFAULT_CONCENTRATION, PanelMethod.MEAN, rule,
                threads);
    }

    public StabilityOptions withDraws(int d) {
        return new StabilityOptions(d, seed, concentration, method, rule, threads);
    }

    public StabilityOptions withSeed(long s) {
        return new StabilityOptions(draws, s, concentration, method, rule, threads);
    }

    public StabilityOptions withConcentration(double k) {
        return new StabilityOptions(draws, seed, k, method, rule, threads);
    }

    public StabilityOptions withMethod(PanelMethod m) {
        return new StabilityOptions(draws, seed, concentration, m, rule, threads);
    }

    public StabilityOptions withThreads(int t) {
        return new StabilityOptions(draws, seed, concentration, method, rule, t);
    }
}
