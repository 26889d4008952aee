package kr.sangsaeng.review.ui.scoring;

import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import kr.sangsaeng.review.model.Criterion;

/**
 * The reviewer total of docs/analysis.md, recomputed as the reviewer types:
 * Σ w·(x − min)/(max − min) · 100 / Σ w. The analysis package computes the same over a whole panel
 * at once ({@code ReviewerTotals}); building a panel table per keystroke would be wasteful, so this
 * one-review version stays, and {@code LiveTotalAgreesWithAnalysisTest} holds both to the same numbers.
 */
public final class LiveTotal {
    private LiveTotal() {
    }

    /** The total on 0–100, or empty while any criterion is unscored (an incomplete review has no total). */
    public static OptionalDouble of(List<Criterion> criteria, Map<Long, Double> scores) {
        double weights = 0;
        double sum = 0;
        for (Criterion c : criteria) {
            Double x = scores.get(c.id());
            if (x == null) {
                return OptionalDouble.empty();
            }
            weights += c.weight();
            sum += c.weight() * (x - c.min()) / (c.max() - c.min());
        }
        return weights > 0 ? OptionalDouble.of(sum * 100 / weights) : OptionalDouble.empty();
    }

    /** How many of the criteria have a score. */
    public static int scoredCount(List<Criterion> criteria, Map<Long, Double> scores) {
        return (int) criteria.stream().filter(c -> scores.containsKey(c.id())).count();
    }
}
