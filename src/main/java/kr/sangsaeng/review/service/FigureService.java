package kr.sangsaeng.review.service;

import java.util.List;
import kr.sangsaeng.review.model.Metric;
import kr.sangsaeng.review.store.ReviewStore;

/**
 * The round's figures as the committee defines them: which baseline a growth figure is measured
 * against (docs/charts.md, "Growth against its baseline"). A submissions file can name it in a
 * header (docs/file-formats.md); here the secretary names or changes it afterwards. Each change is
 * written with its audit row in one transaction.
 */
public final class FigureService {
    private final ReviewStore store;

    FigureService(ReviewStore store) {
        this.store = store;
    }

    /** A baseline the round cannot take: the metric itself, or one that is not in the round. */
    public static final class BaselineRefusedException extends IllegalArgumentException {
        BaselineRefusedException(String message) {
            super(message);
        }
    }

    /**
     * Makes {@code baselineMetricId} the baseline of {@code metricId}; 0 removes it. Returns false
     * when it already was. Refused when the metric would be its own baseline or either is unknown.
     */
    public boolean setBaseline(Actor actor, long metricId, long baselineMetricId) {
        return Transactions.inTransaction(store, () -> {
            List<Metric> all = store.metrics().findAll();
            Metric metric = all.stream().filter(m -> m.id() == metricId).findFirst()
                    .orElseThrow(() -> new BaselineRefusedException("The figure is no longer in this round."));
            if (baselineMetricId == metricId) {
                throw new BaselineRefusedException("A figure cannot be its own baseline.");
            }
            if (baselineMetricId != 0 && all.stream().noneMatch(m -> m.id() == baselineMetricId)) {
                throw new BaselineRefusedException("The baseline is no longer in this round.");
            }
            return store.metrics().setBaseline(metric.id(), baselineMetricId, actor.name());
        });
    }
}
