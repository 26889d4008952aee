package kr.sangsaeng.review.quantity;

import java.util.Locale;
import kr.sangsaeng.review.model.MetricUnit;

/** Placeholder until the full formatter lands. */
public final class QuantityFormatter {
    private QuantityFormatter() {
    }

    public static String format(double value, MetricUnit unit, boolean approximate, Locale locale) {
        return (approximate ? "~" : "") + String.format(locale, "%,.0f", value) + " " + unit.code();
    }
}
