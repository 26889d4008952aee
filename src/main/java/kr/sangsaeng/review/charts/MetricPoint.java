package kr.sangsaeng.review.charts;

import kr.sangsaeng.review.model.Submission;

/**
 * One case's figure on a metric chart: {@code raw} as reported, {@code shown} on the chart's scale
 * (equal to raw for the raw and log scales), whether the case called it approximate, and whether the
 * round pins figures to documents while this one is not verified against its page (docs/documents.md).
 */
public record MetricPoint(CaseKey key, Submission submission, double raw, double shown, boolean approximate,
                          String asWritten, String counter, boolean unverified) {
    public MetricPoint {
        counter = counter == null ? "" : counter;
    }

    public MetricPoint(CaseKey key, Submission submission, double raw, double shown, boolean approximate,
                       String asWritten) {
        this(key, submission, raw, shown, approximate, asWritten, "", false);
    }
}
