package kr.sangsaeng.review.quantity;

import java.util.Objects;
import kr.sangsaeng.review.model.MetricUnit;

/**
 * A figure read from a submission: its value in base units (won, not 만원; 628 for 628%), the unit the
 * text itself implied ({@link MetricUnit#NONE} when it named none), whether it was stated as
 * approximate or as a bound, and the text exactly as it was written.
 */
public record Quantity(double value, MetricUnit unit, boolean approximate, String asWritten) {
    public Quantity {
        Objects.requireNonNull(unit, "unit");
        asWritten = asWritten == null ? "" : asWritten;
    }

    /** Whether the text named a unit; a bare number takes the unit of the metric it belongs to. */
    public boolean hasUnit() {
        return unit != MetricUnit.NONE;
    }

    /** The unit to store: the written one, or the metric's declared unit for a bare number. */
    public MetricUnit unitOr(MetricUnit declared) {
        return hasUnit() ? unit : declared;
    }
}
