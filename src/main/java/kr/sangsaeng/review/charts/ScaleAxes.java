package kr.sangsaeng.review.charts;

import java.util.Locale;
import kr.sangsaeng.review.model.MetricUnit;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.axis.ValueAxis;

/** Value axes for a metric scale, with tick labels in the reader's units. */
final class ScaleAxes {
    private ScaleAxes() {
    }

    /**
     * A log axis from the power of ten below {@code min} to well above {@code max}, a 0–100 axis for percentiles,
     * or a linear axis from zero.
     */
    static ValueAxis create(String title, MetricUnit unit, Normalisation n, double min, double max, Locale locale) {
        UnitAxisFormat format = new UnitAxisFormat(unit, locale);
        if (n == Normalisation.LOG) {
            LogAxis axis = new LogAxis(title);
            axis.setNumberFormatOverride(format);
            axis.setSmallestValue(1e-9);
            // One tick per power of ten: in-between ticks (158.49…) say nothing on a log scale.
            axis.setTickUnit(new NumberTickUnit(1, format), false, true);
            axis.setMinorTickCount(9);
            // Headroom above the largest value for its label; ticks stay on the powers of ten inside.
            axis.setRange(logFloor(min), Math.max(max, logFloor(min)) * 2.5);
            return axis;
        }
        NumberAxis axis = new NumberAxis(title);
        axis.setNumberFormatOverride(format);
        if (n == Normalisation.PERCENTILE) {
            axis.setRange(0, 115);
            axis.setTickUnit(new NumberTickUnit(25, format));
        } else {
            axis.setUpperMargin(0.3);
        }
        return axis;
    }

    /** The power of ten at or below a positive value: where a log axis, and bars on it, start. */
    static double logFloor(double min) {
        return Math.pow(10, Math.floor(Math.log10(min > 0 ? min : 1)));
    }
}
