package kr.sangsaeng.review.analysis;

/**
 * The committee's rule, the one every view, export and command reads (docs/exports.md): how the
 * panel score is computed, how the shortlist is drawn from the ranking, and the rank-stability run
 * behind the shortlist probabilities. A review file stores one; all of it goes into each export's
 * decision record.
 */
public record ShortlistSettings(PanelMethod method, ShortlistRule rule, int draws, long seed, double concentration) {
    /** Places offered on a round that has no stored rule yet: half the cases, at most this many. */
    public static final int MAX_DEFAULT_PLACES = 10;

    public ShortlistSettings {
        if (method == null || rule == null) {
            throw new IllegalArgumentException("The committee's rule needs a panel method and a shortlist rule");
        }
        if (draws < 1) {
            throw new IllegalArgumentException("The stability run needs at least one draw");
        }
        if (!(concentration > 0) || Double.isInfinite(concentration)) {
            throw new IllegalArgumentException("The concentration must be a positive number");
        }
    }

    public ShortlistSettings(PanelMethod method, ShortlistRule rule, int draws, long seed) {
        this(method, rule, draws, seed, StabilityOptions.DEFAULT_CONCENTRATION);
    }

    /**
     * What a round starts with before the committee sets its rule: mean, the top half of the cases
     * (at most ten; three on the six-case demo), at least two completed reviews, 2,000 draws, fixed seed.
     */
    public static ShortlistSettings defaults(int cases) {
        int top = Math.max(1, Math.min(MAX_DEFAULT_PLACES, cases / 2));
        return new ShortlistSettings(PanelMethod.MEAN, ShortlistRule.top(top), StabilityOptions.DEFAULT_DRAWS,
                StabilityOptions.DEFAULT_SEED, StabilityOptions.DEFAULT_CONCENTRATION);
    }

    public ShortlistSettings withMethod(PanelMethod m) {
        return new ShortlistSettings(m, rule, draws, seed, concentration);
    }

    public ShortlistSettings withRule(ShortlistRule r) {
        return new ShortlistSettings(method, r, draws, seed, concentration);
    }

    public ShortlistSettings withDraws(int d) {
        return new ShortlistSettings(method, rule, d, seed, concentration);
    }

    public ShortlistSettings withSeed(long s) {
        return new ShortlistSettings(method, rule, draws, s, concentration);
    }

    public ShortlistSettings withConcentration(double k) {
        return new ShortlistSettings(method, rule, draws, seed, k);
    }

    /** The stability run: same method and rule as the ranking, so its probabilities describe this shortlist. */
    public StabilityOptions stabilityOptions() {
        return StabilityOptions.defaults(rule).withMethod(method).withDraws(draws).withSeed(seed)
                .withConcentration(concentration);
    }
}
