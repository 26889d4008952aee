package kr.sangsaeng.review.quantity;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.Locale;

/** Rounding and locale digit grouping shared by the formatters. */
final class DecimalText {
    /** Figures in submissions carry at most two decimals (2.5배, +12.34%); more is noise on screen. */
    static final int MAX_DECIMALS = 2;

    private DecimalText() {
    }

    /** Rounds half-up and drops trailing zeros, so 3.0 shows as "3" and -0.001 as "0", not "-0". */
    static BigDecimal round(double value, int decimals) {
        BigDecimal rounded = BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_UP);
        return rounded.signum() == 0 ? BigDecimal.ZERO : rounded.stripTrailingZeros();
    }

    /** The number with the locale's grouping and decimal marks, every decimal it has. */
    static String grouped(BigDecimal value, Locale locale) {
        // A new instance per call: NumberFormat is not thread-safe and charts format off the FX thread.
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setGroupingUsed(true);
        format.setMinimumFractionDigits(0);
        format.setMaximumFractionDigits(Math.max(0, value.scale()));
        return format.format(value);
    }

    static String grouped(double value, Locale locale) {
        return grouped(round(value, MAX_DECIMALS), locale);
    }

    /** Growth figures read as changes, so a positive one shows its "+". */
    static String signed(double value, Locale locale) {
        BigDecimal rounded = round(value, MAX_DECIMALS);
        String text = grouped(rounded, locale);
        return rounded.signum() > 0 ? "+" + text : text;
    }

    /** Whole won: the won has no minor unit, so a per-merchant average of 12,345.67원 shows as 12,346원. */
    static BigDecimal wholeNumber(double value) {
        return round(value, 0);
    }

    static boolean isWhole(BigDecimal value) {
        return value.stripTrailingZeros().scale() <= 0;
    }
}
