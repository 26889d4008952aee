package kr.sangsaeng.review.exchange.table;

import java.util.OptionalDouble;

/**
 * A plain decimal number as a cell holds it: {@code [+-]?(d{1,3}(,ddd)+|d+)(.d+)?} in ASCII digits.
 * Thousands separators must group by three, as the quantity parser requires, so "40,00" is refused.
 * No exponents, NaN or infinities: a spreadsheet never shows those for a score or a weight.
 */
public final class PlainNumber {
    private PlainNumber() {
    }

    public static OptionalDouble parse(String text) {
        int n = text.length();
        int i = n > 0 && (text.charAt(0) == '+' || text.charAt(0) == '-') ? 1 : 0;
        int intStart = i;
        int groupDigits = 0;
        boolean grouped = false;
        for (; i < n && (isDigit(text.charAt(i)) || text.charAt(i) == ','); i++) {
            if (text.charAt(i) != ',') {
                groupDigits++;
            } else if (groupDigits == 0 || (grouped ? groupDigits != 3 : groupDigits > 3)) {
                return OptionalDouble.empty();
            } else {
                grouped = true;
                groupDigits = 0;
            }
        }
        if (i == intStart || groupDigits == 0 || (grouped && groupDigits != 3)) {
            return OptionalDouble.empty();
        }
        int intEnd = i;
        if (i < n && text.charAt(i) == '.') {
            int fracStart = ++i;
            while (i < n && isDigit(text.charAt(i))) {
                i++;
            }
            if (i == fracStart) {
                return OptionalDouble.empty();
            }
        }
        if (i != n) {
            return OptionalDouble.empty();
        }
        String digits = grouped ? text.substring(0, intEnd).replace(",", "") + text.substring(intEnd) : text;
        double value = Double.parseDouble(digits);
        // A BigDecimal has no -0, and the quantity parser reads through one; neither should this.
        return OptionalDouble.of(value == 0 ? 0.0 : value);
    }

    /**
     * As {@link #parse}, but also as a Korean keyboard writes numbers in full width ({@code ４．５},
     * {@code －１}) or a word processor writes the minus ({@code −1}): scores and weights are read the
     * way figures are.
     */
    public static OptionalDouble parseWritten(String text) {
        OptionalDouble ascii = parse(text);
        if (ascii.isPresent() || text.chars().allMatch(c -> c < 0x80)) {
            return ascii;
        }
        String folded = java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFKC)
                .replace('\u2212', '-').strip();
        return parse(folded);
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
