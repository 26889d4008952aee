package kr.sangsaeng.review.analysis;

/**
 * Intraclass correlations of an n targets × k judges matrix as Shrout &amp; Fleiss (1979) define
 * them, with the ANOVA mean squares they are built from: BMS between targets, WMS within targets,
 * JMS between judges, EMS residual. Values are NaN when n &lt; 2 or k &lt; 2, or when a denominator is
 * zero (for instance every score equal).
 */
public record IccResult(int n, int k, double icc11, double icc21, double icc31, double icc1k, double icc2k,
                        double icc3k, double bms, double wms, double jms, double ems, String undefinedReason) {
    /** Why the ICCs are not defined, in words a committee reads beside "—". */
    public static final String TOO_FEW_CASES = "fewer than two cases that every reviewer completed";
    public static final String TOO_FEW_REVIEWERS = "fewer than two reviewers";
    public static final String NO_DIFFERENCE = "every case has the same total, so there is no difference between "
            + "cases for the reviewers to agree on";
    public static final String NO_VARIATION = "every score is the same";
    public static final String ZERO_WEIGHTS = "every weight is 0, so no review has a total";

    public IccResult {
        undefinedReason = undefinedReason == null ? "" : undefinedReason;
    }

    static IccResult undefined(int n, int k, String reason) {
        double nan = Double.NaN;
        return new IccResult(n, k, nan, nan, nan, nan, nan, nan, nan, nan, nan, nan, reason);
    }

    /** Whether the figures are defined; when not, {@link #undefinedReason()} says why. */
    public boolean defined() {
        return undefinedReason.isEmpty();
    }
}
