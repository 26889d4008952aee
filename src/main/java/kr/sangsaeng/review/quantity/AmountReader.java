package kr.sangsaeng.review.quantity;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Reads the number itself: digits with optional thousands separators (comma, or a space before
 * exactly three digits: {@code 1 000 000}) and decimals, combined with Korean units
 * ({@code 1조 2,000억}, {@code 2.5억}, {@code 일천만}, {@code 천만}) or followed by one English scale
 * ({@code 100M}, {@code 1.2 billion}). Sign, unit and approximate words are the parser's business.
 */
final class AmountReader {
    static final String KOREAN_UNITS = "십백천만억조";
    private static final int[] KOREAN_EXPONENTS = {1, 2, 3, 4, 8, 12};
    /** Sino-Korean digits, read only right before a unit: 일천만원, 삼백만원. */
    static final String HANGUL_DIGITS = "일이삼사오육칠팔구";

    /** Plain digits, or groups of three after the first ("4,000", "12 000"), or a bare decimal (".5"). */
    private static final Pattern NUMBER = Pattern.compile(
            "((\\d{1,3}(,\\d{3})+|\\d{1,3}( \\d{3})+|\\d+)(\\.\\d+)?)|(\\.\\d+)");

    private static final Map<String, Integer> ENGLISH_SCALES = Map.ofEntries(
            Map.entry("k", 3), Map.entry("thousand", 3),
            Map.entry("m", 6), Map.entry("mn", 6), Map.entry("million", 6),
            Map.entry("b", 9), Map.entry("bn", 9), Map.entry("billion", 9),
            Map.entry("t", 12), Map.entry("tn", 12), Map.entry("trillion", 12));
    private static final WordList ENGLISH_SCALE_WORDS = WordList.of(ENGLISH_SCALES.keySet());

    /**
     * The absolute amount; whether "여" (…-odd) was written inside it, as in {@code 4천여}; and whether
     * the text stated its own magnitude with 만/억/조 or an English scale, so a column's scale
     * ({@code [만원]}) must not be applied again.
     */
    record Amount(BigDecimal value, boolean approximate, boolean magnitudeStated) {
    }

    private AmountReader() {
    }

    /** Whether an amount starts here: a digit, ".5", a Hangul digit before a unit, or 십/백/천 meaning one of them. */
    static boolean startsAmount(TextCursor c) {
        char ch = c.peek();
        return isDigit(ch) || (ch == '.' && isDigit(c.peekAt(1))) || isHangulDigit(c)
                || "십백천".indexOf(ch) >= 0;
    }

    /** Expects the cursor where {@link #startsAmount} said yes. */
    static Amount read(TextCursor c) throws KoreanNumberBuilder.Refusal {
        KoreanNumberBuilder builder = new KoreanNumberBuilder();
        boolean approximate = false;
        int numbers = 0;
        while (true) {
            char ch = c.peek();
            if (isDigit(ch) || (ch == '.' && isDigit(c.peekAt(1)))) {
                builder.number(readNumber(c));
                numbers++;
            } else if (isHangulDigit(c)) {
                builder.number(BigDecimal.valueOf(HANGUL_DIGITS.indexOf(c.next()) + 1));
                numbers++;
            } else if (KOREAN_UNITS.indexOf(ch) >= 0) {
                koreanUnit(builder, c.next());
            } else if (ch == '여' && numbers > 0) {
                c.next();
                approximate = true;
            } else if (ch == ' ' && continuesAfterSpace(c)) {
                c.skipSpaces();
            } else {
                break;
            }
        }
        BigDecimal value = builder.result();
        boolean stated = builder.usedBigUnits();
        if (!builder.usedUnits() && numbers == 1) {
            int scale = readEnglishScale(c);
            value = value.scaleByPowerOfTen(scale);
            stated = scale != 0;
        }
        return new Amount(value, approximate, stated);
    }

    private static boolean continuesAfterSpace(TextCursor c) {
        int start = c.position();
        c.skipSpaces();
        char next = c.peek();
        boolean continues = isDigit(next) || KOREAN_UNITS.indexOf(next) >= 0 || isHangulDigit(c);
        c.moveTo(start);
        return continues;
    }

    /** A Hangul digit counts only right before a unit, so "이상" or "사례" are never read as numbers. */
    private static boolean isHangulDigit(TextCursor c) {
        return HANGUL_DIGITS.indexOf(c.peek()) >= 0 && KOREAN_UNITS.indexOf(c.peekAt(1)) >= 0;
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
        while (isDigit(c.peek()) || c.peek() == ',' || c.peek() == '.' || spaceSeparatesThousands(c)) {
            c.next();
        }
        String literal = c.substring(start);
        if (!allDigits(literal) && !NUMBER.matcher(literal).matches()) {
            throw new KoreanNumberBuilder.Refusal("malformed number");
        }
        String digits = literal.replace(",", "").replace(" ", "");
        return new BigDecimal(digits.startsWith(".") ? "0" + digits : digits);
    }

    /** Digits only: what NUMBER always accepts, checked without the regex for the commonest case. */
    private static boolean allDigits(String literal) {
        for (int i = 0; i < literal.length(); i++) {
            if (!isDigit(literal.charAt(i))) {
                return false;
            }
        }
        return !literal.isEmpty();
    }

    /** " 000" followed by no further digit: the space French and ISO style put between thousands. */
    private static boolean spaceSeparatesThousands(TextCursor c) {
        return c.peek() == ' ' && isDigit(c.peekAt(1)) && isDigit(c.peekAt(2)) && isDigit(c.peekAt(3))
                && !isDigit(c.peekAt(4)) && c.peekAt(4) != '.' && c.peekAt(4) != ','
                && isDigit(c.peekAt(-1));
    }

    /** The power of ten an English scale word stands for, 0 when none follows. */
    private static int readEnglishScale(TextCursor c) {
        int start = c.position();
        c.skipSpaces();
        String word = c.acceptLongest(ENGLISH_SCALE_WORDS);
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
