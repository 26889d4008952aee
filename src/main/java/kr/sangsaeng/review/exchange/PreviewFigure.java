package kr.sangsaeng.review.exchange;

import kr.sangsaeng.review.model.MetricUnit;

/**
 * One figure of an import preview: the metric, the text as the platform wrote it, and how it was read
 * (value in base units, unit, approximate flag, counting word), so the secretary sees
 * "1억 5천 → 1억 5,000만원" before anything is saved. The window formats the reading in its language.
 */
public record PreviewFigure(String metric, String asWritten, double value, MetricUnit unit, boolean approximate,
                            String counter) {
}
