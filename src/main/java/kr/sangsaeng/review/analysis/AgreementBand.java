package kr.sangsaeng.review.analysis;

/**
 * How strong an intraclass correlation is, in the bands of Koo &amp; Li (2016, J Chiropr Med 15:155):
 * below 0.50 poor, 0.50 to 0.75 moderate, 0.75 to 0.90 good, above 0.90 excellent. A fixed,
 * published scale, so that the words the results view and the command line put next to an ICC
 * do not depend on who built the screen. Boundaries belong to the upper band (0.75 is good).
 */
public enum AgreementBand {
    POOR, MODERATE, GOOD, EXCELLENT,
    /** The ICC could not be computed (too few complete cases or reviewers, or no spread at all). */
    UNKNOWN;

    public static final double MODERATE_FROM = 0.50;
    public static final double GOOD_FROM = 0.75;
    public static final double EXCELLENT_ABOVE = 0.90;

    public static AgreementBand of(double icc) {
        if (Double.isNaN(icc)) {
            return UNKNOWN;
        }
        if (icc > EXCELLENT_ABOVE) {
            return EXCELLENT;
        }
        if (icc >= GOOD_FROM) {
            return GOOD;
        }
        return icc >= MODERATE_FROM ? MODERATE : POOR;
    }

    /** Lower-case key for messages and reports ({@code "good"}). */
    public String key() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
