package kr.sangsaeng.review.format;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.Locale;
import kr.sangsaeng.review.model.MetricUnit;
import kr.sangsaeng.review.quantity.QuantityFormatter;

/**
 * The one way each kind of number is written, for views, charts and exports alike (docs/exports.md):
 * scores, percentages, money, counts and ranks for people, in the reader's locale; and the plain
 * machine form the CSV and the decision record use. A figure that does not exist is {@value #MISSING}.
 * Stateless and thread-safe.
 */
public final class Figures {
    public static final String MISSING = "—";
    /** Panel scores and criterion means are shown with two decimals, as the command line prints them. */
    public static final int SCORE_DECIMALS = 2;

    private Figures() {
    }

    /** A score on 0–100 or a criterion scale: {@code 71.67}. */
    public static String score(double v, Locale locale) {
        return fixed(v, SCORE_DECIMALS, locale);
    }

    /** A number with fixed decimals in the locale's digits, without grouping (ICCs, SDs, bias). */
    public static String fixed(double v, int decimals, Locale locale) {
        if (!Double.isFinite(v)) {
            return MISSING;
        }
        NumberFormat f = NumberFormat.getNumberInstance(locale);
        f.setGroupingUsed(false);
        f.setMinimumFractionDigits(decimals);
        f.setMaximumFractionDigits(decimals);
        f.setRoundingMode(RoundingMode.HALF_UP);
        return f.format(BigDecimal.valueOf(v));
    }

    /** A share as a percentage: {@code 42%}, {@code 0.5%} below one percent, {@code 0%} for none. */
    public static String percent(double share, Locale locale) {
        if (!Double.isFinite(share)) {
            return MISSING;
        }
        NumberFormat f = NumberFormat.getPercentInstance(locale);
        f.setMaximumFractionDigits(share > 0 && share < 0.01 ? 1 : 0);
        return f.format(share);
    }

    /** A share with one decimal, for tables that compare close figures: {@code 97.5%}. */
    public static String percentOneDecimal(double share, Locale locale) {
        if (!Double.isFinite(share)) {
            return MISSING;
        }
        NumberFormat f = NumberFormat.getPercentInstance(locale);
        f.setMinimumFractionDigits(1);
        f.setMaximumFractionDigits(1);
        return f.format(share);
    }

    /** An amount of won as people write it: {@code 9,000만 원} in Korean, {@code KRW 90 million} in English. */
    public static String money(double krw, Locale locale) {
        return QuantityFormatter.format(krw, MetricUnit.KRW, false, locale);
    }

    /** A count with the locale's grouping: {@code 4,000}. */
    public static String count(long n, Locale locale) {
        return NumberFormat.getIntegerInstance(locale).format(n);
    }

    /** A rank or median rank: whole ranks without decimals, halves with one ({@code 3.5}). */
    public static String rank(double r, Locale locale) {
        if (!Double.isFinite(r)) {
            return MISSING;
        }
        return r == Math.rint(r) ? count((long) r, locale) : fixed(r, 1, locale);
    }

    /** A weight or scale bound in machine form: {@code 90000000}, not {@code 9.0E7}; {@code 2.5}, not {@code 2.50}. */
    public static String plain(double v) {
        if (!Double.isFinite(v)) {
            return "";
        }
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        return BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
    }

    /**
     * Rounded for a spreadsheet cell, boxed so it stays a number; null (an empty cell) for a figure
     * that does not exist. Four decimals: more than the 0–100 scale needs, few enough that
     * 71.66666666666667 does not look like data.
     */
    public static Double rounded(double v, int decimals) {
        if (!Double.isFinite(v)) {
            return null;
        }
        return BigDecimal.valueOf(v).setScale(decimals, RoundingMode.HALF_UP).doubleValue();
    }
}
