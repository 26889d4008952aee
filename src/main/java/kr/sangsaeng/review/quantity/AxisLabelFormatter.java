package kr.sangsaeng.review.quantity;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;
import kr.sangsaeng.review.model.MetricUnit;

/**
 * Short tick labels for chart axes: {@code 1억}, {@code 5,000만} in Korean; {@code 100M}, {@code 50K}
 * in English. Ticks are rounded to two decimals of the chosen scale and carry no "+" (the axis is a
 * scale, not a list of changes); only %, %p/pp and multiples keep a unit mark, since the axis title
 * names the others.
 */
public final class AxisLabelFormatter {
    private static final int[] KO_EXPONENTS = {12, 8, 4, 0};
    private static final String[] KO_SUFFIXES = {"조", "억", "만", ""};
    private static final int[] EN_EXPONENTS = {12, 9, 6, 3, 0};
    private static final String[] EN_SUFFIXES = {"T", "B", "M", "K", ""};

    private AxisLabelFormatter() {
    }

    public static String format(double value, MetricUnit unit, Locale locale) {
        if (!Double.isFinite(value)) {
            return QuantityFormatter.UNDEFINED;
        }
        boolean korean = QuantityFormatter.isKorean(locale);
        String number = korean
                ? compact(value, KO_EXPONENTS, KO_SUFFIXES, locale)
                : compact(value, EN_EXPONENTS, EN_SUFFIXES, locale);
        return switch (unit) {
            case PERCENT -> number + "%";
            case PERCENT_POINT -> number + (korean ? "%p" : " pp");
            case MULTIPLE -> korean ? number + "배" : "×" + number;
            default -> number;
        };
    }

    public static String format(double value, Locale locale) {
        return format(value, MetricUnit.NONE, locale);
    }

    /**
     * Takes the largest scale the value reaches, moving one up when rounding would reach the next
     * (99,999,999 is "1억", not "10,000만"). The last scale is 10⁰ with no suffix.
     */
    private static String compact(double value, int[] exponents, String[] suffixes, Locale locale) {
        BigDecimal magnitude = BigDecimal.valueOf(Math.abs(value));
        int i = 0;
        while (i < exponents.length - 1 && magnitude.compareTo(BigDecimal.ONE.scaleByPowerOfTen(exponents[i])) < 0) {
            i++;
        }
        BigDecimal scaled = scaled(magnitude, exponents[i]);
        if (i > 0 && scaled.compareTo(BigDecimal.ONE.scaleByPowerOfTen(exponents[i - 1] - exponents[i])) >= 0) {
            i--;
            scaled = scaled(magnitude, exponents[i]);
        }
        String sign = value < 0 && scaled.signum() != 0 ? "-" : "";
        return sign + DecimalText.grouped(scaled, locale) + suffixes[i];
    }

    private static BigDecimal scaled(BigDecimal magnitude, int exponent) {
        BigDecimal rounded = magnitude.scaleByPowerOfTen(-exponent).setScale(DecimalText.MAX_DECIMALS, RoundingMode.HALF_UP);
        return rounded.signum() == 0 ? BigDecimal.ZERO : rounded.stripTrailingZeros();
    }
}
