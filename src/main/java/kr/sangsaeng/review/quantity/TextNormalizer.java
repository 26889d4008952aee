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
        String folded = alreadyNormal(text) ? text : Normalizer.normalize(text, Normalizer.Form.NFKC);
        StringBuilder out = new StringBuilder(folded.length());
        boolean inSpace = false;
        for (int i = 0; i < folded.length(); i++) {
            char c = fold(folded.charAt(i));
            // Each run of the regex class \s (space, tab, line breaks, form feed) becomes one space.
            boolean space = c == ' ' || (c >= '\t' && c <= '\r');
            if (space) {
                if (!inSpace) {
                    out.append(' ');
                }
            } else {
                out.append(c);
            }
            inSpace = space;
        }
        return out.toString().strip();
    }

    /**
     * Text of ASCII and precomposed Hangul syllables only is its own NFKC form (nothing in it folds or
     * composes), and that is nearly every cell of a large file: NFKC is skipped for it.
     */
    private static boolean alreadyNormal(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 0x80 && (c < '\uAC00' || c > '\uD7A3')) {
                return false;
            }
        }
        return true;
    }

    private static char fold(char c) {
        return switch (c) {
            case '\u2212', '\u2012', '\u2013', '\u2014', '\u2010', '\u2011' -> '-';
            case '\u301C', '\u223C', '\u02DC' -> '~';
            default -> c;
        };
    }
}
