package kr.sangsaeng.review.ui.compare;

import kr.sangsaeng.review.analysis.PanelAnalysis;
import kr.sangsaeng.review.charts.RoundMetrics;
import kr.sangsaeng.review.service.OpenRound;

/** What the Compare view charts: the round's figures and its panel's scores, read together. */
public record CompareData(RoundMetrics metrics, PanelAnalysis analysis) {
    /** Reads on the database thread; withdrawn cases are left out of both, as everywhere else. */
    public static CompareData read(OpenRound store) {
        var panel = store.reader().panel();
        RoundMetrics metrics = RoundMetrics.of(panel.submissions(), store.reader().metrics(),
                store.reader().metricValues()).withEvidence(store.reader().evidencePins());
        return new CompareData(metrics, PanelAnalysis.of(panel));
    }
}
