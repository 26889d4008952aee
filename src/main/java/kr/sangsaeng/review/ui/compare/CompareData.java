package kr.sangsaeng.review.ui.compare;

import kr.sangsaeng.review.analysis.PanelAnalysis;
import kr.sangsaeng.review.app.PanelLoader;
import kr.sangsaeng.review.charts.RoundMetrics;
import kr.sangsaeng.review.store.ReviewStore;

/** What the Compare view charts: the round's figures and its panel's scores, read together. */
public record CompareData(RoundMetrics metrics, PanelAnalysis analysis) {
    /** Reads on the database thread; withdrawn cases are left out of both, as everywhere else. */
    public static CompareData read(ReviewStore store) {
        var panel = PanelLoader.load(store);
        RoundMetrics metrics = RoundMetrics.of(panel.submissions(), store.metrics().findAll(),
                store.metrics().findAllValues()).withEvidence(store.pins().findAll());
        return new CompareData(metrics, PanelAnalysis.of(panel));
    }
}
