package kr.sangsaeng.review.ui.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import kr.sangsaeng.review.charts.RoundMetrics;
import kr.sangsaeng.review.model.Metric;
import kr.sangsaeng.review.model.MetricUnit;

/**
 * What the growth chart's two pickers offer. Every figure may be a growth figure, so an imported
 * round whose file named no baseline can still get one here; its baseline is chosen among the
 * figures measured in the same unit (a bare number fits any), because the chart subtracts one from
 * the other (docs/charts.md).
 */
final class GrowthPickers {
    private static final List<String> GROWTH_WORDS = List.of("성장", "증가", "신장", "상승", "growth", "increase", "uplift");

    private GrowthPickers() {
    }

    /** The growth figure shown first: one that has a baseline, else a percentage named as growth, else any. */
    static Optional<Metric> firstChoice(RoundMetrics m) {
        List<Metric> all = m.metrics();
        return m.metricsWithBaseline().stream().findFirst()
                .or(() -> all.stream().filter(x -> x.unit() == MetricUnit.PERCENT && namesGrowth(x)).findFirst())
                .or(() -> all.stream().filter(x -> x.unit() == MetricUnit.PERCENT).findFirst())
                .or(() -> all.stream().findFirst());
    }

    /** "No baseline" (null) first, then the figures {@code growth} can be measured against. */
    static List<Metric> baselineChoices(RoundMetrics m, Metric growth) {
        List<Metric> choices = new ArrayList<>();
        choices.add(null);
        if (growth == null) {
            return choices;
        }
        for (Metric b : m.metrics()) {
            boolean stored = b.id() == growth.baselineMetricId();
            if (b.id() != growth.id() && (stored || fits(growth.unit(), b.unit()))) {
                choices.add(b);
            }
        }
        return choices;
    }

    /** The stored baseline of {@code growth} among the round's metrics, or null. */
    static Metric storedBaseline(RoundMetrics m, Metric growth) {
        return growth == null || !growth.hasBaseline() ? null : m.metric(growth.baselineMetricId()).orElse(null);
    }

    /** The metric of {@code choices} with the same id as {@code wanted}: a re-read round has new records. */
    static Optional<Metric> sameMetric(List<Metric> choices, Metric wanted) {
        return wanted == null ? Optional.empty()
                : choices.stream().filter(c -> c != null && c.id() == wanted.id()).findFirst();
    }

    private static boolean fits(MetricUnit growth, MetricUnit baseline) {
        return growth == baseline || growth == MetricUnit.NONE || baseline == MetricUnit.NONE;
    }

    private static boolean namesGrowth(Metric m) {
        String label = m.label().toLowerCase(Locale.ROOT);
        return GROWTH_WORDS.stream().anyMatch(label::contains);
    }
}
