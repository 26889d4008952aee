package kr.sangsaeng.review.quantity;

import java.util.Objects;
import kr.sangsaeng.review.model.MetricUnit;

/**
 * A figure read from a submission: its value in base units (won, not 만원; 628 for 628%), the unit the
 * text itself implied ({@link MetricUnit#NONE} when it named none), whether it was stated as
 * approximate or as a bound, and the text exactly as it was written.
 *
 * @param counter the Korean counting word written with the number ({@code 명}, {@code 개사},
 *                {@code 곳}, {@code 회}…), empty when none; shown again when the figure is formatted
 * @param magnitudeStated whether the number carried its own magnitude (만/억/조, K/M/B), so a scaled
 *                column such as {@code [만원]} must not scale it again
 */
public record Quantity(double value, MetricUnit unit, boolean approximate, String asWritten, String counter,
                       boolean magnitudeStated) {
    public Quantity {
        Objects.requireNonNull(unit, "unit");
        asWritten = asWritten == null ? "" : asWritten;
        counter = counter == null ? "" : counter;
    }

    public Quantity(double value, MetricUnit unit, boolean approximate, String asWritten) {
        this(value, unit, approximate, asWritten, "", false);
    }

    /** Whether the text named a unit; a bare number takes the unit of the metric it belongs to. */
    public boolean hasUnit() {
        return unit != MetricUnit.NONE;
    }

    /** The unit to store: the written one, or the metric's declared unit for a bare number. */
    public MetricUnit unitOr(MetricUnit declared) {
        return hasUnit() ? unit : declared;
    }

    /** The same figure with the text as written replaced, e.g. to keep a remark the number was read without. */
    public Quantity withAsWritten(String text) {
        return new Quantity(value, unit, approximate, text, counter, magnitudeStated);
    }
}
