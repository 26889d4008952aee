package kr.sangsaeng.review.exchange.submissions;

import java.util.OptionalDouble;
import kr.sangsaeng.review.exchange.table.PlainNumber;
import kr.sangsaeng.review.model.MetricUnit;
import kr.sangsaeng.review.quantity.Quantity;
import kr.sangsaeng.review.quantity.QuantityFormatException;
import kr.sangsaeng.review.quantity.QuantityParser;

/**
 * Reads one metric cell. Plain numbers ({@code 4000}, {@code -1,234.5}) take a fast path that gives
 * exactly what {@link QuantityParser} gives: a 100,000-row file is mostly such cells, and the full
 * parser costs microseconds each. A trailing remark in brackets is allowed, as platforms write it
 * ({@code +89% (상반기)}): the figure is read from the text before it, and the whole cell is kept as written.
 */
public final class FigureReader {
    private FigureReader() {
    }

    public static Quantity read(String text) throws QuantityFormatException {
        Quantity plain = plainNumber(text);
        if (plain != null) {
            return plain;
        }
        try {
            return QuantityParser.parse(text);
        } catch (QuantityFormatException e) {
            int open = remarkStart(text);
            if (open <= 0) {
                throw e;
            }
            Quantity q = QuantityParser.parse(text.substring(0, open).strip());
            return q.withAsWritten(text);
        }
    }

    /** Where a closing remark "(...)" starts, or -1 when the text does not end with one. */
    private static int remarkStart(String text) {
        String t = text.strip();
        if (!(t.endsWith(")") || t.endsWith("）"))) {
            return -1;
        }
        return Math.max(t.lastIndexOf('('), t.lastIndexOf('（'));
    }

    /** The quantity the parser would read from a plain number, or null when the text is not one. */
    static Quantity plainNumber(String text) {
        OptionalDouble v = PlainNumber.parse(text);
        return v.isPresent() ? new Quantity(v.getAsDouble(), MetricUnit.NONE, false, text) : null;
    }
}
