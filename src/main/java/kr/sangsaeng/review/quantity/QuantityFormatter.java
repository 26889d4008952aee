package kr.sangsaeng.review.quantity;

import java.util.Locale;
import kr.sangsaeng.review.model.Metric;
import kr.sangsaeng.review.model.MetricUnit;
import kr.sangsaeng.review.model.MetricValue;

/**
 * Writes a figure for people to read: Korean when the locale's language is Korean, English otherwise
 * (with that locale's digit grouping). Percent and percentage-point figures always show their sign,
 * because the round reports them as growth. What Korean output produces, {@link QuantityParser} reads
 * back to the same value. Stateless and thread-safe.
 */
public final class QuantityFormatter {
    /** Shown for a figure that is not a number at all, e.g. a per-merchant value with no merchants. */
    public static final String UNDEFINED = "—";

    private QuantityFormatter() {
    }

    public static String format(double value, MetricUnit unit, boolean approximate, Locale locale) {
        if (!Double.isFinite(value)) {
            return UNDEFINED;
        }
        return isKorean(locale)
                ? KoreanQuantityStyle.format(value, unit, approximate)
                : EnglishQuantityStyle.format(value, unit, approximate, locale);
    }

    /**
     * With the Korean counting word the figure was written with ({@code 약 3만 명}, {@code 약 4,000개사});
     * empty takes the unit's own. English shows no counting word, as before.
     */
    public static String format(double value, MetricUnit unit, boolean approximate, String counter, Locale locale) {
        if (!Double.isFinite(value)) {
            return UNDEFINED;
        }
        return isKorean(locale)
                ? KoreanQuantityStyle.format(value, unit, approximate, counter)
                : EnglishQuantityStyle.format(value, unit, approximate, locale);
    }

    /** A case's value of a metric, with the value's counting word, else the metric's. */
    public static String format(MetricValue value, Metric metric, Locale locale) {
        return format(value.value(), metric.unit(), value.approximate(), value.counterOr(metric), locale);
    }

    public static String format(Quantity quantity, Locale locale) {
        return format(quantity.value(), quantity.unit(), quantity.approximate(), quantity.counter(), locale);
    }

    static boolean isKorean(Locale locale) {
        return "ko".equals(locale.getLanguage());
    }
}
