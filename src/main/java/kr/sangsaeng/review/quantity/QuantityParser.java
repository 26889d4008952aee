package kr.sangsaeng.review.quantity;

import java.math.BigDecimal;
import kr.sangsaeng.review.model.MetricUnit;

/**
 * Reads a metric value as people write it in submission files, Korean or English:
 * {@code 약 4000여개}, {@code 1억 2천만원}, {@code +60%p}, {@code KRW 100M}, {@code ×3}, {@code △5%},
 * {@code 전년 대비 5% 증가}, {@code 월 300만원}, {@code 두 배}.
 *
 * <p>The text is {@code [context words] [approximate words] [sign] [unit before] number
 * [approximate words] [unit after] [direction]}, the words before the number in any order. The value
 * comes back in base units (won, persons, percent). A number with no unit word gets
 * {@link MetricUnit#NONE}: it means "in the metric's own unit", which {@link UnitCompatibility} then
 * accepts under any column. Context words (a period such as {@code 월}, or {@code 전년 대비}) are not
 * stored apart: they stay in the text as written. Stateless and thread-safe.
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
        String normal = withoutClosingPeriod(TextNormalizer.normalize(asWritten));
        if (normal.isEmpty()) {
            throw new QuantityFormatException("empty value", asWritten);
        }
        try {
            return read(normal, asWritten);
        } catch (QuantityFormatException e) {
            rejectWithoutDigits(normal, asWritten);
            throw e;
        }
    }

    private static Quantity read(String normal, String asWritten) throws QuantityFormatException {
        Reading reading = new Reading(asWritten);
        TextCursor cursor = new TextCursor(normal);
        BeforeWords.read(cursor, reading);
        AmountReader.Amount amount = readAmount(cursor, reading);
        AfterWords.read(cursor, reading);
        BigDecimal value = reading.negative() ? amount.value().negate() : amount.value();
        return new Quantity(value.doubleValue(), reading.unit(), reading.approximate() || amount.approximate(),
                asWritten, reading.counter(), amount.magnitudeStated());
    }

    /** Parses or returns null, for callers that only need to know whether a cell holds a figure. */
    public static Quantity parseOrNull(String text) {
        try {
            return parse(text);
        } catch (QuantityFormatException e) {
            return null;
        }
    }

    /** A sentence's full stop after a figure ({@code 1,000원.}) is punctuation, not part of it. */
    private static String withoutClosingPeriod(String normal) {
        if (normal.length() > 1 && (normal.endsWith(".") || normal.endsWith("。"))
                && !normal.endsWith("..")) {
            return normal.substring(0, normal.length() - 1).strip();
        }
        return normal;
    }

    /** Text with no number at all gets the plainer reason than whatever the reading stumbled on. */
    private static void rejectWithoutDigits(String normal, String asWritten) throws QuantityFormatException {
        if (normal.chars().noneMatch(ch -> AmountReader.isDigit((char) ch))) {
            boolean koreanUnits = normal.chars().anyMatch(ch -> AmountReader.KOREAN_UNITS.indexOf(ch) >= 0);
            throw new QuantityFormatException(koreanUnits ? "no digits" : "not a number", asWritten);
        }
    }

    private static AmountReader.Amount readAmount(TextCursor c, Reading reading) throws QuantityFormatException {
        Integer counted = NativeNumerals.accept(c);
        if (counted != null) {
            return new AmountReader.Amount(BigDecimal.valueOf(counted), false, false);
        }
        if (!AmountReader.startsAmount(c)) {
            throw reading.fail(reasonForTextBeforeNumber(c));
        }
        try {
            return AmountReader.read(c);
        } catch (KoreanNumberBuilder.Refusal refusal) {
            throw reading.fail(refusal.getMessage());
        }
    }

    private static String reasonForTextBeforeNumber(TextCursor c) {
        if (c.lookingAt(UnitWords.AFTER_WORDS)) {
            return "unit before the number";
        }
        if (AmountReader.KOREAN_UNITS.indexOf(c.peek()) >= 0) {
            return "\"" + c.peek() + "\" without a number";
        }
        return "text before the number";
    }
}
