package kr.sangsaeng.review.quantity;

import java.math.BigDecimal;
import java.util.Locale;
import kr.sangsaeng.review.model.MetricUnit;

/**
 * Korean display: {@code 1억 2,000만원}, {@code 약 3만 명}, {@code 2,800명}, {@code +60%p}, {@code 3배}.
 * Won, 개 and 명 figures of 10,000 or more are written in 만/억/조 sections ({@link KoreanNumerals});
 * under 10,000, and for every other unit, digits with separators. A counter follows digits directly
 * (2,800명) but a Hangul numeral with a space (3만 명), as Korean spacing rules have it; 원 is always
 * attached (1억원), as in the submissions themselves.
 */
final class KoreanQuantityStyle {
    private static final Locale KO = Locale.KOREAN;

    private KoreanQuantityStyle() {
    }

    static String format(double value, MetricUnit unit, boolean approximate) {
        return format(value, unit, approximate, "");
    }

    /**
     * With the counting word the figure was written with ({@code 개사}, {@code 곳}); empty takes the
     * unit's own (개, 명, 회, 위). Counted figures of 10,000 or more are written in 만 sections whatever the word.
     */
    static String format(double value, MetricUnit unit, boolean approximate, String counter) {
        String word = counter == null ? "" : counter;
        String body = switch (unit) {
            case KRW -> won(value);
            case COUNT -> counted(value, word.isEmpty() ? "개" : word);
            case PERSONS -> counted(value, word.isEmpty() ? "명" : word);
            case PERCENT -> DecimalText.signed(value, KO) + "%";
            case PERCENT_POINT -> DecimalText.signed(value, KO) + "%p";
            case MULTIPLE -> DecimalText.grouped(value, KO) + "배";
            case OCCURRENCES -> word.isEmpty() ? DecimalText.grouped(value, KO) + "회" : counted(value, word);
            case RANK -> DecimalText.grouped(value, KO) + (word.isEmpty() ? "위" : word);
            case NONE -> DecimalText.grouped(value, KO);
        };
        return approximate ? "약 " + body : body;
    }

    private static String won(double value) {
        return inSections(DecimalText.wholeNumber(value)) + "원";
    }

    private static String counted(double value, String counter) {
        BigDecimal rounded = DecimalText.round(value, DecimalText.MAX_DECIMALS);
        if (!DecimalText.isWhole(rounded)) {
            return DecimalText.grouped(rounded, KO) + counter;
        }
        String number = inSections(rounded);
        // "개 업체" is written apart from its number like any counter after a Hangul numeral.
        boolean apart = KoreanNumerals.endsInUnit(number) || counter.contains(" ");
        return apart ? number + " " + counter : number + counter;
    }

    private static String inSections(BigDecimal whole) {
        String magnitude = KoreanNumerals.sections(whole.abs().toBigIntegerExact());
        return whole.signum() < 0 ? "-" + magnitude : magnitude;
    }
}
