package kr.sangsaeng.review.quantity;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Locale;

/**
 * Writes a whole number the way Korean documents do: four-digit sections under 조, 억 and 만, each
 * section in digits with separators, empty sections left out ({@code 1억 2,000만}, {@code 1만 2,345}).
 */
final class KoreanNumerals {
    private static final String[] UNITS = {"조", "억", "만"};
    private static final BigInteger TEN_THOUSAND = BigInteger.valueOf(10_000);

    private KoreanNumerals() {
    }

    /** @param magnitude a whole, non-negative number */
    static String sections(BigInteger magnitude) {
        BigInteger[] parts = new BigInteger[UNITS.length + 1];
        BigInteger rest = magnitude;
        for (int i = parts.length - 1; i > 0; i--) {
            BigInteger[] qr = rest.divideAndRemainder(TEN_THOUSAND);
            parts[i] = qr[1];
            rest = qr[0];
        }
        parts[0] = rest; // 조 keeps everything above, so 12,345조 still reads
        if (parts[3].signum() != 0 && parts[2].signum() == 0 && (parts[0].signum() != 0 || parts[1].signum() != 0)) {
            // "1억 5,000" reads as 1억 5,000만 (docs/quantities.md), so 100,005,000 is written in digits.
            return DecimalText.grouped(new BigDecimal(magnitude), Locale.KOREAN);
        }
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < parts.length; i++) {
            if (parts[i].signum() != 0) {
                out.append(out.length() == 0 ? "" : " ")
                        .append(DecimalText.grouped(new BigDecimal(parts[i]), Locale.KOREAN))
                        .append(i < UNITS.length ? UNITS[i] : "");
            }
        }
        return out.length() == 0 ? "0" : out.toString();
    }

    /** Whether the text ends in a Hangul numeral unit, after which a counter is written with a space. */
    static boolean endsInUnit(String text) {
        return text.endsWith("만") || text.endsWith("억") || text.endsWith("조");
    }
}
