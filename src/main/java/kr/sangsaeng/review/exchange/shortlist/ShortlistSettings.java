package kr.sangsaeng.review.exchange.shortlist;

import kr.sangsaeng.review.analysis.PanelMethod;
import kr.sangsaeng.review.analysis.ShortlistRule;
import kr.sangsaeng.review.analysis.StabilityOptions;

/**
 * How a shortlist export ranks and selects: the panel method, the shortlist rule and the rank
 * stability run behind the "shortlist probability" column. All of it goes into the decision record.
 */
public record ShortlistSettings(PanelMethod method, ShortlistRule rule, int draws, long seed) {
    /** The 2022 round selected six cases. */
    public static final int DEFAULT_TOP = 6;

    public ShortlistSettings {
        if (method == null || rule == null) {
            throw new IllegalArgumentException("A shortlist export needs a panel method and a shortlist rule");
        }
        if (draws < 1) {
            throw new IllegalArgumentException("The stability run needs at least one draw");
        }
    }

    /** Mean, top six, 2,000 draws with the fixed seed: what a committee gets without choosing. */
    public static ShortlistSettings defaults() {
        return new ShortlistSettings(PanelMethod.MEAN, ShortlistRule.top(DEFAULT_TOP), StabilityOptions.DEFAULT_DRAWS,
                StabilityOptions.DEFAULT_SEED);
    }

    public ShortlistSettings withMethod(PanelMethod m) {
        return new ShortlistSettings(m, rule, draws, seed);
    }

    public ShortlistSettings withRule(ShortlistRule r) {
        return new ShortlistSettings(method, r, draws, seed);
    }

    public ShortlistSettings withDraws(int d) {
        return new ShortlistSettings(method, rule, d, seed);
    }

    public ShortlistSettings withSeed(long s) {
        return new ShortlistSettings(method, rule, draws, s);
    }

    /** The stability run: same method and rule as the ranking, so its probabilities describe this shortlist. */
    public StabilityOptions stabilityOptions() {
        return StabilityOptions.defaults(rule).withMethod(method).withDraws(draws).withSeed(seed);
    }
}
