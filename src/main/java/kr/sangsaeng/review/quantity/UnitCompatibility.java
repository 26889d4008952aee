package kr.sangsaeng.review.quantity;

import java.util.Optional;
import kr.sangsaeng.review.model.MetricUnit;

/**
 * Whether a value's written unit fits the unit its metric declares (a column header's {@code [KRW]}).
 *
 * <ul>
 *   <li>A bare number (written unit NONE) fits every column: it is in the column's unit.</li>
 *   <li>A column without a unit (NONE) takes whatever the values say.</li>
 *   <li>COUNT fits PERSONS and OCCURRENCES both ways: 개, 곳 and 건 count anything, and a
 *       submission may count its merchants in 개사 under a "[persons]" column.</li>
 *   <li>Everything else must match exactly. % and %p, and 배 and %, differ in meaning, not wording:
 *       +60%p under a [%] column would be read as a 60% growth.</li>
 * </ul>
 */
public final class UnitCompatibility {
    private UnitCompatibility() {
    }

    public static boolean compatible(MetricUnit declared, MetricUnit written) {
        if (declared == MetricUnit.NONE || written == MetricUnit.NONE || declared == written) {
            return true;
        }
        return isGenericCount(declared, written) || isGenericCount(written, declared);
    }

    /** The reason to show when the value does not fit its column, or empty when it does. */
    public static Optional<String> mismatch(MetricUnit declared, Quantity quantity) {
        if (compatible(declared, quantity.unit())) {
            return Optional.empty();
        }
        return Optional.of("unit does not match the column's [" + declared.code() + "]: \""
                + quantity.asWritten() + "\"");
    }

    private static boolean isGenericCount(MetricUnit a, MetricUnit b) {
        return a == MetricUnit.COUNT && (b == MetricUnit.PERSONS || b == MetricUnit.OCCURRENCES);
    }
}
