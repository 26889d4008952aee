package kr.sangsaeng.review.ui.compare;

import kr.sangsaeng.review.charts.Normalisation;
import kr.sangsaeng.review.model.Metric;
import kr.sangsaeng.review.model.Submission;

/**
 * Everything the user picked: which chart, its metrics (the y and size metrics for the scatter
 * only; size may be null), the scale, the case for a profile and the shortlist's N for stability.
 */
public record CompareSelection(ChartKind kind, Metric metric, Metric yMetric, Metric sizeMetric,
                               Normalisation normalisation, Submission profileCase, int topN) {
}
