package kr.sangsaeng.review.service;

import java.util.ArrayList;
import java.util.List;
import kr.sangsaeng.review.analysis.PanelMethod;
import kr.sangsaeng.review.analysis.ShortlistRule;
import kr.sangsaeng.review.analysis.ShortlistSettings;

/**
 * Parts of the committee's rule given on the command line (or in a dialog), null for a part left
 * as it is. Applied to the stored rule they either change it ({@code rule}) or override it for one
 * export ({@code export shortlist}), whose decision record then names the parts by {@link #names()}.
 *
 * @param threshold a score on 0–100, or NaN to remove the threshold
 */
public record RuleChanges(PanelMethod method, Integer topN, Double threshold, Integer maxPerArea, Integer minReviews,
                          Integer draws, Long seed, Double concentration) {
    public static final RuleChanges NONE = new RuleChanges(null, null, null, null, null, null, null, null);

    public boolean isEmpty() {
        return names().isEmpty();
    }

    /** The parts given, by their keys in the stored rule and the decision record. */
    public List<String> names() {
        List<String> n = new ArrayList<>();
        add(n, method, "method");
        add(n, topN, "top_n");
        add(n, threshold, "threshold");
        add(n, maxPerArea, "max_per_area");
        add(n, minReviews, "min_reviews");
        add(n, draws, "draws");
        add(n, seed, "seed");
        add(n, concentration, "concentration");
        return n;
    }

    /** The rule with these parts changed; a combination the rule cannot hold is refused with a sentence. */
    public ShortlistSettings applyTo(ShortlistSettings s) {
        ShortlistRule r = s.rule();
        ShortlistRule rule = new ShortlistRule(topN == null ? r.topN() : topN,
                threshold == null ? r.threshold() : threshold, maxPerArea == null ? r.maxPerArea() : maxPerArea,
                minReviews == null ? r.minReviews() : minReviews);
        ShortlistSettings next = new ShortlistSettings(method == null ? s.method() : method, rule,
                draws == null ? s.draws() : draws, seed == null ? s.seed() : seed,
                concentration == null ? s.concentration() : concentration);
        CommitteeRuleService.check(next);
        return next;
    }

    private static void add(List<String> names, Object value, String name) {
        if (value != null) {
            names.add(name);
        }
    }
}
