package kr.sangsaeng.review.quantity;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Reads the number itself: digits with optional thousands separators and decimals, combined with
 * Korean units ({@code 1조 2,000억}, {@code 2.5억}) or followed by one English scale
 * ({@code 100M}, {@code 1.2 billion}). Sign, unit and approximate words are the parser's business.
 */
final class AmountReader {
    static final String KOREAN_UNITS = "십백천만억조";
    private static final int[] KOREAN_EXPONENTS = {1, 2, 3, 4, 8, 12};

    /** Either plain digits, or groups of three after the first: "4,000" yes, "40,00" no. */
    private static final Pattern NUMBER = Pattern.compile("(\\d{1,3}(,\\d{3})+|\\d+)(\\.\\d+)?");

    private static final Map<String, Integer> ENGLISH_SCALES = Map.ofEntries(
            Map.entry("k", 3), Map.entry("thousand", 3),
            Map.entry("m", 6), Map.entry("mn", 6), Map.entry("million", 6),
            Map.entry("b", 9), Map.entry("bn", 9), Map.entry("billion", 9),
            Map.entry("t", 12), Map.entry("tn", 12), Map.entry("trillion", 12));

    /** The absolute amount, and whether "여" (…-odd) was written inside it, as in {@code 4천여}. */
    record Amount(BigDecimal value, boolean approximate) {
    }

    private AmountReader() {
    }

    /** Expects the cursor on the first digit. */
    static Amount read(TextCursor c) throws KoreanNumberBuilder.Refusal {
        KoreanNumberBuilder builder = new KoreanNumberBuilder();
        boolean approximate = false;
        int numbers = 0;
        while (true) {
            char ch = c.peek();
            if (isDigit(ch)) {
                builder.number(readNumber(c));
                numbers++;
            } else if (KOREAN_UNITS.indexOf(ch) >= 0) {
                koreanUnit(builder, c.next());
            } else if (ch == '여' && numbers > 0) {
                c.next();
                approximate = true;
            } else if (ch == ' ' && continuesAfterSpace(c.peekPastSpaces())) {
                c.skipSpaces();
            } else {
                break;
            }
        }
        BigDecimal value = builder.result();
        if (!builder.usedUnits() && numbers == 1) {
            value = value.scaleByPowerOfTen(readEnglishScale(c));
        }
        return new Amount(value, approximate);
    }

    private static boolean continuesAfterSpace(char next) {
        return isDigit(next) || KOREAN_UNITS.indexOf(next) >= 0;
    }

    private static void koreanUnit(KoreanNumberBuilder builder, char unit) throws KoreanNumberBuilder.Refusal {
        int exponent = KOREAN_EXPONENTS[KOREAN_UNITS.indexOf(unit)];
        if (exponent < 4) {
            builder.smallUnit(unit, exponent);
        } else {
            builder.bigUnit(unit, exponent);
        }
    }

    private static BigDecimal readNumber(TextCursor c) throws KoreanNumberBuilder.Refusal {
        int start = c.position();
        while (isDigit(c.peek()) || c.peek() == ',' || c.peek() == '.') {
            c.next();
        }
        String literal = c.substring(start);
        if (!NUMBER.matcher(literal).matches()) {
            throw new KoreanNumberBuilder.Refusal("malformed number");
        }
        return new BigDecimal(literal.replace(",", ""));
    }

    /** The power of ten an English scale word stands for, 0 when none follows. */
    private static int readEnglishScale(TextCursor c) {
        int start = c.position();
        c.skipSpaces();
        String word = c.acceptLongest(ENGLISH_SCALES.keySet());
        if (word == null) {
            c.moveTo(start);
            return 0;
        }
        return ENGLISH_SCALES.get(word.toLowerCase(Locale.ROOT));
    }

    static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
