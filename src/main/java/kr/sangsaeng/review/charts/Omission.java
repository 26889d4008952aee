package kr.sangsaeng.review.charts;

/**
 * A case a chart leaves out, and why; listed under the chart instead of being drawn as zero.
 */
public record Omission(CaseKey key, Reason reason) {
    public enum Reason {
        /** The case did not report the figure. */
        NOT_REPORTED,
        /** Per merchant, but the case did not report a merchant count (or reported zero). */
        NO_MERCHANT_COUNT,
        /** Zero or negative: a log scale cannot draw it. */
        NOT_POSITIVE,
        /** The case reported a growth figure but no baseline to compare it with. */
        NO_BASELINE,
        /** No reviewer completed a review of the case yet. */
        NO_COMPLETE_REVIEW
    }
}
