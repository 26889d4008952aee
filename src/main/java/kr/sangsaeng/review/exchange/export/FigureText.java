package kr.sangsaeng.review.exchange.export;

import java.util.Locale;
import kr.sangsaeng.review.exchange.submissions.FigureReader;
import kr.sangsaeng.review.model.MetricUnit;
import kr.sangsaeng.review.model.MetricValue;
import kr.sangsaeng.review.quantity.Quantity;
import kr.sangsaeng.review.quantity.QuantityFormatException;
import kr.sangsaeng.review.quantity.QuantityFormatter;
import kr.sangsaeng.review.quantity.UnitCompatibility;

/**
 * The cell a submissions export writes for a figure, chosen so that importing it gives back the same
 * number and approximate flag: the text as the platform wrote it when it reads back exactly
 * ({@code 약 3만 명}), else the Korean display form ({@code 최대 9,000만원} is stored as exact, so
 * {@code 9,000만원}), else the plain number.
 */
final class FigureText {
    private FigureText() {
    }

    static String of(MetricValue v, MetricUnit unit) {
        if (readsBack(v.asWritten(), v, unit)) {
            return v.asWritten();
        }
        String korean = QuantityFormatter.format(v.value(), unit, v.approximate(), Locale.KOREAN);
        if (readsBack(korean, v, unit)) {
            return korean;
        }
        return (v.approximate() ? "약 " : "") + CsvOutput.plain(v.value());
    }

    private static boolean readsBack(String text, MetricValue v, MetricUnit unit) {
        if (text.isBlank()) {
            return false;
        }
        try {
            Quantity q = FigureReader.read(text.strip());
            return q.value() == v.value() && q.approximate() == v.approximate()
                    && UnitCompatibility.compatible(unit, q.unit());
        } catch (QuantityFormatException e) {
            return false;
        }
    }
}
