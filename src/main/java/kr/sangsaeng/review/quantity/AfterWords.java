package kr.sangsaeng.review.quantity;

import java.util.Map;
import kr.sangsaeng.review.model.MetricUnit;

/**
 * The words after a number: approximate words, the unit (and its counting word), {@code 대} after a
 * won amount ({@code 10만원대}: in the range of 10만원, so approximate), and a direction
 * ({@code 증가}, {@code 감소}, {@code ↑}, {@code ↓}) that gives the sign.
 */
final class AfterWords {
    /** True for down. */
    static final Map<String, Boolean> DIRECTIONS = Map.ofEntries(
            Map.entry("증가", false), Map.entry("상승", false), Map.entry("성장", false), Map.entry("신장", false),
            Map.entry("증대", false), Map.entry("향상", false), Map.entry("↑", false), Map.entry("increase", false),
            Map.entry("감소", true), Map.entry("하락", true), Map.entry("축소", true), Map.entry("↓", true),
            Map.entry("decrease", true));
    private static final WordList DIRECTION_WORDS = WordList.of(DIRECTIONS.keySet());

    private AfterWords() {
    }

    static void read(TextCursor c, Reading reading) throws QuantityFormatException {
        while (true) {
            c.skipSpaces();
            if (c.atEnd()) {
                return;
            }
            MetricUnit unit;
            String word;
            if (c.acceptLongest(ApproximateWords.AFTER_WORDS) != null) {
                reading.markApproximate();
            } else if (c.peek() == '대' && c.peekAt(-1) == '원') {
                // Only after 원: "10만대" is as often 100,000 cars sold as "in the 10만 range".
                c.next();
                reading.markApproximate();
            } else if ((word = c.acceptLongest(DIRECTION_WORDS)) != null) {
                reading.direction(DIRECTIONS.get(word.toLowerCase(java.util.Locale.ROOT)));
            } else if ((word = c.acceptLongest(UnitWords.AFTER_WORDS)) != null) {
                reading.unit(UnitWords.AFTER.get(word.toLowerCase(java.util.Locale.ROOT)));
                reading.counter(UnitWords.counterOf(word));
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
