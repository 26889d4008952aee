package kr.sangsaeng.review.charts;

import java.text.FieldPosition;
import java.text.NumberFormat;
import java.text.ParsePosition;
import java.util.Locale;
import kr.sangsaeng.review.model.MetricUnit;
import kr.sangsaeng.review.quantity.AxisLabelFormatter;

/**
 * Tick labels in the reader's units ({@code 1억}, {@code 5,000만}; {@code 100M}, {@code 50K}):
 * JFreeChart axes take a {@link NumberFormat}, so the app's formatter is wrapped in one.
 * Formatting only; axes never parse.
 */
final class UnitAxisFormat extends NumberFormat {
    private final MetricUnit unit;
    private final Locale locale;

    UnitAxisFormat(MetricUnit unit, Locale locale) {
        this.unit = unit;
        this.locale = locale;
    }

    @Override
    public StringBuffer format(double number, StringBuffer toAppendTo, FieldPosition pos) {
        return toAppendTo.append(AxisLabelFormatter.format(number, unit, locale));
    }

    @Override
    public StringBuffer format(long number, StringBuffer toAppendTo, FieldPosition pos) {
        return format((double) number, toAppendTo, pos);
    }

    @Override
    public Number parse(String source, ParsePosition parsePosition) {
        return null;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof UnitAxisFormat f && f.unit == unit && f.locale.equals(locale);
    }

    @Override
    public int hashCode() {
        return unit.hashCode() * 31 + locale.hashCode();
    }
}
