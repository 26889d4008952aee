package kr.sangsaeng.review.quantity;

import java.math.BigDecimal;
import kr.sangsaeng.review.model.MetricUnit;

/**
 * Reads a metric value as people write it in submission files, Korean or English:
 * {@code 약 4000여개}, {@code 1억 2천만원}, {@code +60%p}, {@code KRW 100M}, {@code ×3}, {@code △5%}.
 *
 * <p>The text is {@code [approximate words] [sign] [unit before] number [approximate words] [unit after]},
 * the words before the number in any order. The value comes back in base units (won, persons, percent).
 * A number with no unit word gets {@link MetricUnit#NONE}: it means "in the metric's own unit", which
 * {@link UnitCompatibility} then accepts under any column. Stateless and thread-safe.
 */
public final class QuantityParser {
    private QuantityParser() {
    }

    /**
     * @param text the cell as written; null is read as empty
     * @throws QuantityFormatException with a short reason when the text is not one figure
     */
    public static Quantity parse(String text) throws QuantityFormatException {
        String asWritten = text == null ? "" : text;
        String normal = TextNormalizer.normalize(asWritten);
        rejectWithoutDigits(normal, asWritten);
        Reading reading = new Reading(asWritten);
        TextCursor cursor = new TextCursor(normal);
        readBefore(cursor, reading);
        AmountReader.Amount amount = readAmount(cursor, reading);
        readAfter(cursor, reading);
        BigDecimal value = reading.negative() ? amount.value().negate() : amount.value();
        return new Quantity(value.doubleValue(), reading.unit(),
                reading.approximate() || amount.approximate(), asWritten);
    }

    /** Parses or returns null, for callers that only need to know whether a cell holds a figure. */
    public static Quantity parseOrNull(String text) {
        try {
            return parse(text);
        } catch (QuantityFormatException e) {
            return null;
        }
    }

    private static void rejectWithoutDigits(String normal, String asWritten) throws QuantityFormatException {
        if (normal.isEmpty()) {
            throw new QuantityFormatException("empty value", asWritten);
        }
        if (normal.chars().noneMatch(ch -> AmountReader.isDigit((char) ch))) {
            boolean koreanUnits = normal.chars().anyMatch(ch -> AmountReader.KOREAN_UNITS.indexOf(ch) >= 0);
            throw new QuantityFormatException(koreanUnits ? "no digits" : "not a number", asWritten);
        }
    }

    private static void readBefore(TextCursor c, Reading reading) throws QuantityFormatException {
        while (true) {
            c.skipSpaces();
            MetricUnit unit;
            if (c.acceptLongest(ApproximateWords.BEFORE) != null) {
                reading.markApproximate();
            } else if ((unit = UnitWords.acceptBefore(c)) != null) {
                reading.unit(unit);
            } else if (c.peek() == '+' || c.peek() == '-' || c.peek() == '△') {
                // △ is the minus of Korean accounting tables; ▲ is not read because it means
                // "up" in news tables and "minus" in some statements.
                reading.sign(c.next());
            } else {
                return;
            }
        }
    }

    private static AmountReader.Amount readAmount(TextCursor c, Reading reading) throws QuantityFormatException {
        if (!AmountReader.isDigit(c.peek())) {
            throw reading.fail(reasonForTextBeforeNumber(c));
        }
        try {
            return AmountReader.read(c);
        } catch (KoreanNumberBuilder.Refusal refusal) {
            throw reading.fail(refusal.getMessage());
        }
    }

    private static String reasonForTextBeforeNumber(TextCursor c) {
        if (c.lookingAt(UnitWords.AFTER.keySet())) {
            return "unit before the number";
        }
        if (AmountReader.KOREAN_UNITS.indexOf(c.peek()) >= 0) {
            return "\"" + c.peek() + "\" without a number";
        }
        return "text before the number";
    }

    private static void readAfter(TextCursor c, Reading reading) throws QuantityFormatException {
        while (true) {
            c.skipSpaces();
            if (c.atEnd()) {
                return;
            }
            MetricUnit unit;
            if (c.acceptLongest(ApproximateWords.AFTER) != null) {
                reading.markApproximate();
            } else if ((unit = UnitWords.acceptAfter(c)) != null) {
                reading.unit(unit);
            } else {
                reading.unit(unitFromModelAliases(c, reading));
            }
        }
    }

    /** Last resort for English nouns ("merchants", "stores"); anything else ends the reading with a reason. */
    private static MetricUnit unitFromModelAliases(TextCursor c, Reading reading) throws QuantityFormatException {
        String remainder = c.rest();
        if ((c.peek() == '~' || c.peek() == '-') && remainder.chars().anyMatch(ch -> AmountReader.isDigit((char) ch))) {
            throw reading.fail("a range, not one figure");
        }
        int start = c.position();
        while (!c.atEnd() && c.peek() != ' ') {
            c.next();
        }
        String word = c.substring(start);
        MetricUnit unit = MetricUnit.fromText(word);
        if (unit != MetricUnit.NONE) {
            return unit;
        }
        if (word.chars().anyMatch(ch -> AmountReader.isDigit((char) ch))) {
            throw reading.fail("unexpected text \"" + remainder + "\"");
        }
        throw reading.fail("unknown unit \"" + word + "\"");
    }
}
