package kr.sangsaeng.review.charts;

import kr.sangsaeng.review.analysis.PanelMethod;

/** Names of the panel methods as charts print them. */
final class ChartMethods {
    private ChartMethods() {
    }

    static String label(PanelMethod m, ChartTexts texts) {
        return switch (m) {
            case MEAN -> texts.text("chart.method.mean");
            case MEDIAN -> texts.text("chart.method.median");
            case TRIMMED -> texts.text("chart.method.trimmed");
            case ZSCORE -> texts.text("chart.method.zscore");
        };
    }
}
