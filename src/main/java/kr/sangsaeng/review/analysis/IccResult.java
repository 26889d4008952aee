package kr.sangsaeng.review.analysis;

/**
 * Intraclass correlations of an n targets × k judges matrix as Shrout &amp; Fleiss (1979) define
 * them, with the ANOVA mean squares they are built from: BMS between targets, WMS within targets,
 * JMS between judges, EMS residual. Values are NaN when n &lt; 2 or k &lt; 2, or when a denominator is
 * zero (for instance every score equal).
 */
public record IccResult(int n, int k, double icc11, double icc21, double icc31, double icc1k, double icc2k,
                        double icc3k, double bms, double wms, double jms, double ems) {
    static IccResult undefined(int n, int k) {
        double nan = Double.NaN;
        return new IccResult(n, k, nan, nan, nan, nan, nan, nan, nan, nan, nan, nan);
    }
}
