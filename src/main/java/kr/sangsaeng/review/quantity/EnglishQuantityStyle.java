package kr.sangsaeng.review.quantity;

import java.math.BigDecimal;
import java.util.Locale;
import kr.sangsaeng.review.model.MetricUnit;

/**
 * English display: {@code KRW 100M}, {@code KRW 1.2B}, {@code ~30,000}, {@code +60 pp}, {@code ×3},
 * {@code 13 times}, {@code 1st}. Counts and persons carry no noun: the metric's label names what is
 * counted. Digits are grouped by the given locale.
 */
final class EnglishQuantityStyle {
    /** Largest first; a figure takes the largest scale that shows it exactly in two decimals. */
    private static final int[] SCALE_EXPONENTS = {12, 9, 6};
    private static final String[] SCALE_SUFFIXES = {"T", "B", "M"};

    private EnglishQuantityStyle() {
    }

    static String format(double value, MetricUnit unit, boolean approximate, Locale locale) {
        String body = switch (unit) {
            case KRW -> "KRW " + won(value, locale);
            case COUNT, PERSONS, NONE -> DecimalText.grouped(value, locale);
            case PERCENT -> DecimalText.signed(value, locale) + "%";
            case PERCENT_POINT -> DecimalText.signed(value, locale) + " pp";
            case MULTIPLE -> "×" + DecimalText.grouped(value, locale);
            case OCCURRENCES -> DecimalText.grouped(value, locale) + (value == 1 ? " time" : " times");
            case RANK -> ordinal(value, locale);
        };
        return approximate ? "~" + body : body;
    }

    /**
     * Scaled only when nothing is lost: 1,234,567,890 won is not "1.23B" in a table a committee signs,
     * so it falls to "1,234,567,890"; 1,230,000,000 is "1.23B".
     */
    private static String won(double value, Locale locale) {
        BigDecimal whole = DecimalText.wholeNumber(value);
        BigDecimal magnitude = whole.abs();
        String sign = whole.signum() < 0 ? "-" : "";
        for (int i = 0; i < SCALE_EXPONENTS.length; i++) {
            if (magnitude.compareTo(BigDecimal.ONE.scaleByPowerOfTen(SCALE_EXPONENTS[i])) >= 0) {
                BigDecimal scaled = magnitude.scaleByPowerOfTen(-SCALE_EXPONENTS[i]).stripTrailingZeros();
                if (scaled.scale() <= DecimalText.MAX_DECIMALS) {
                    return sign + DecimalText.grouped(scaled, locale) + SCALE_SUFFIXES[i];
                }
            }
        }
        return sign + DecimalText.grouped(magnitude, locale);
    }

    /** Whole ranks read as ordinals; a fractional one (a median rank of 2.5) as "#2.5". */
    private static String ordinal(double value, Locale locale) {
        BigDecimal rounded = DecimalText.round(value, DecimalText.MAX_DECIMALS);
        if (!DecimalText.isWhole(rounded) || rounded.signum() < 0) {
            return "#" + DecimalText.grouped(rounded, locale);
        }
        long n = rounded.longValueExact();
        return DecimalText.grouped(rounded, locale) + ordinalSuffix(n);
    }

    private static String ordinalSuffix(long n) {
        if (n % 100 >= 11 && n % 100 <= 13) {
            return "th";
        }
        return switch ((int) (n % 10)) {
            case 1 -> "st";
            case 2 -> "nd";
            case 3 -> "rd";
            default -> "th";
        };
    }
}
