package kr.sangsaeng.review.ui.results;

import java.util.Locale;

/**
 * How the results view writes numbers: scores with two decimals (as the command line's table),
 * probabilities as percentages with one, a dash for a figure that does not exist. Written with the
 * root locale so a decimal point is always a point, as in the exports the committee compares.
 */
public final class ResultFormat {
    static final String MISSING = "—";

    private ResultFormat() {
    }

    public static String score(double v) {
        return Double.isFinite(v) ? String.format(Locale.ROOT, "%.2f", v) : MISSING;
    }

    public static String oneDecimal(double v) {
        return Double.isFinite(v) ? String.format(Locale.ROOT, "%.1f", v) : MISSING;
    }

    public static String percent(double p) {
        return Double.isFinite(p) ? String.format(Locale.ROOT, "%.1f%%", 100 * p) : MISSING;
    }

    /** A rank, with "=" when another case shares it. */
    public static String rank(int rank, boolean tied) {
        return tied ? rank + "=" : Integer.toString(rank);
    }

    /** A median rank: whole ranks without decimals, halves with one ("3.5"). */
    public static String medianRank(double r) {
        return r == Math.rint(r) ? Long.toString((long) r) : oneDecimal(r);
    }

    public static String rankRange(int low, int high) {
        return low == high ? Integer.toString(low) : low + "–" + high;
    }

    /** An ICC or Kendall's W. */
    public static String agreement(double v) {
        return Double.isFinite(v) ? String.format(Locale.ROOT, "%.2f", v) : MISSING;
    }
}
