package kr.sangsaeng.review.cli;

/**
 * Text from a review file as a terminal may show it. Stored names and comments are kept as written,
 * but a carriage return in a platform name would let a later row overwrite the first one on screen,
 * an ESC sequence would drive the terminal, and a right-to-left override would reverse what follows.
 * Such characters are shown as {@code \}{@code uXXXX} escapes instead; line feeds and tabs stay.
 */
final class TerminalText {
    private TerminalText() {
    }

    static boolean needsEscape(int c) {
        return (c < 0x20 && c != '\n' && c != '\t') || (c >= 0x7F && c <= 0x9F)
                || c == 0x061C || c == 0x200E || c == 0x200F || (c >= 0x202A && c <= 0x202E)
                || (c >= 0x2066 && c <= 0x2069);
    }

    /** For one table cell: line feeds and tabs are escaped too, or the table's rows and columns would break. */
    static String cell(String s) {
        return escape(s, true);
    }

    static String escape(String s, boolean cell) {
        StringBuilder sb = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean escape = needsEscape(c) || (cell && (c == '\n' || c == '\t'));
            if (escape && sb == null) {
                sb = new StringBuilder(s.length() + 8).append(s, 0, i);
            }
            if (escape) {
                sb.append(String.format("\\u%04X", (int) c));
            } else if (sb != null) {
                sb.append(c);
            }
        }
        return sb == null ? s : sb.toString();
    }
}
