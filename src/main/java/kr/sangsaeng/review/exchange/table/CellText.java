package kr.sangsaeng.review.exchange.table;

/** How every cell is cleaned before it is read, whatever file it came from. */
public final class CellText {
    private CellText() {
    }

    /**
     * Trims spaces (including the no-break and full-width spaces Excel and Korean IMEs leave behind)
     * and a stray byte-order mark, and undoes the {@code '} our exports put before a cell that starts
     * with {@code = + - @} so that a spreadsheet never runs it as a formula.
     */
    public static String clean(String raw) {
        if (raw == null || raw.isEmpty()) {
            return "";
        }
        String s = strip(raw);
        if (s.length() > 1 && s.charAt(0) == '\'' && isGuarded(s.charAt(1))) {
            return s.substring(1);
        }
        return s;
    }

    /** Whether a spreadsheet could take a cell starting with {@code c} for a formula. */
    public static boolean isGuarded(char c) {
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
    }

    private static String strip(String s) {
        int start = 0;
        int end = s.length();
        while (start < end && isSpace(s.charAt(start))) {
            start++;
        }
        while (end > start && isSpace(s.charAt(end - 1))) {
            end--;
        }
        return s.substring(start, end);
    }

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || c == '\u00A0' || c == '\u3000' || c == '\uFEFF' || c == '\u200B';
    }
}
