package kr.sangsaeng.review.quantity;

import java.text.Normalizer;

/** Brings the many ways a keyboard or Excel writes digits, signs and spaces down to one form. */
final class TextNormalizer {
    private TextNormalizer() {
    }

    /**
     * NFKC folds full-width forms ({@code ４，０００}, {@code ＋６０％ｐ}) and no-break spaces to ASCII; the
     * dashes and tildes it leaves alone are mapped by hand, because word processors swap them in for
     * the minus sign and the "about" tilde.
     */
    static String normalize(String text) {
        String folded = Normalizer.normalize(text, Normalizer.Form.NFKC);
        StringBuilder out = new StringBuilder(folded.length());
        for (int i = 0; i < folded.length(); i++) {
            out.append(fold(folded.charAt(i)));
        }
        return out.toString().replaceAll("\\s+", " ").strip();
    }

    private static char fold(char c) {
        return switch (c) {
            case '\u2212', '\u2012', '\u2013', '\u2014', '\u2010', '\u2011' -> '-';
            case '\u301C', '\u223C', '\u02DC' -> '~';
            default -> c;
        };
    }
}
