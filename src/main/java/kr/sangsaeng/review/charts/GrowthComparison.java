package kr.sangsaeng.review.charts;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import kr.sangsaeng.review.model.Metric;
import kr.sangsaeng.review.model.MetricUnit;
import kr.sangsaeng.review.model.MetricValue;
import kr.sangsaeng.review.model.Submission;

/**
 * A growth metric beside the baseline it is measured against (docs/charts.md, "uplift over the stated
 * baseline": Coupang's +89% against +29% is +60 pp). Cases with both figures come first, largest
 * uplift first; cases with growth but no baseline follow by growth, drawn without a baseline bar
 * and named in {@code withoutBaseline}; cases without growth are only listed.
 */
public record GrowthComparison(Metric growth, Metric baseline, List<Row> rows, int reported,
                               List<CaseKey> withoutBaseline, List<Omission> omitted) {
    public GrowthComparison {
        rows = List.copyOf(rows);
        withoutBaseline = List.copyOf(withoutBaseline);
        omitted = List.copyOf(omitted);
    }

    /**
     * One case: its growth, its baseline when reported (else null), and for each whether the round
     * pins figures to documents while this one is not verified against its page (docs/documents.md).
     */
    public record Row(CaseKey key, Submission submission, MetricValue growth, MetricValue baseline,
                      boolean growthUnverified, boolean baselineUnverified) {
        public boolean hasBaseline() {
            return baseline != null;
        }

        /** Growth minus baseline, in the growth metric's units; NaN without a baseline. */
        public double uplift() {
            return hasBaseline() ? growth.value() - baseline.value() : Double.NaN;
        }
    }

    /** A difference of percentages is in percentage points; of anything else, in its own unit. */
    public MetricUnit upliftUnit() {
        return growth.unit() == MetricUnit.PERCENT ? MetricUnit.PERCENT_POINT : growth.unit();
    }

    public int hidden() {
        return reported - rows.size();
    }

    /** True when a drawn figure carries the "not verified" mark, so the chart explains it. */
    public boolean anyUnverified() {
        return rows.stream().anyMatch(r -> r.growthUnverified() || (r.hasBaseline() && r.baselineUnverified()));
    }

    public static GrowthComparison of(RoundMetrics round, Metric growth, int limit) {
        Metric baseline = round.metric(growth.baselineMetricId()).orElseThrow(() ->
                new IllegalArgumentException("Metric " + growth.key() + " has no baseline metric in this round"));
        List<Row> rows = new ArrayList<>();
        List<Omission> omitted = new ArrayList<>();
        for (Submission s : round.submissions()) {
            Optional<MetricValue> g = round.value(s, growth);
            if (g.isEmpty()) {
                omitted.add(new Omission(round.key(s), Omission.Reason.NOT_REPORTED));
            } else {
                rows.add(new Row(round.key(s), s, g.get(), round.value(s, baseline).orElse(null),
                        round.unverified(s.id(), growth.id()), round.unverified(s.id(), baseline.id())));
            }
        }
        rows.sort(Comparator.comparing((Row r) -> !r.hasBaseline())
                .thenComparing(Comparator.comparingDouble((Row r) -> r.hasBaseline() ? r.uplift() : r.growth().value())
                        .reversed())
                .thenComparing(r -> r.key().label()));
        List<Row> shown = rows.subList(0, Math.min(Math.max(0, limit), rows.size()));
        List<CaseKey> noBaseline = shown.stream().filter(r -> !r.hasBaseline()).map(Row::key).toList();
        return new GrowthComparison(growth, baseline, shown, rows.size(), noBaseline, omitted);
    }
}
