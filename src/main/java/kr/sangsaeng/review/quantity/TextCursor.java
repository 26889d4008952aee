package kr.sangsaeng.review.quantity;

import java.util.Collection;

/** A read position in normalised text, with the few look-ahead operations the parser needs. */
final class TextCursor {
    private final String text;
    private int pos;

    TextCursor(String text) {
        this.text = text;
    }

    boolean atEnd() {
        return pos >= text.length();
    }

    /** The next character, or NUL at the end, so callers can compare without a bounds check. */
    char peek() {
        return atEnd() ? '\0' : text.charAt(pos);
    }

    /** The character {@code offset} places from here (negative looks back), or NUL outside the text. */
    char peekAt(int offset) {
        int p = pos + offset;
        return p >= 0 && p < text.length() ? text.charAt(p) : '\0';
    }

    /** The character after the next spaces, without moving. */
    char peekPastSpaces() {
        int p = pos;
        while (p < text.length() && text.charAt(p) == ' ') {
            p++;
        }
        return p < text.length() ? text.charAt(p) : '\0';
    }

    char next() {
        return text.charAt(pos++);
    }

    void skipSpaces() {
        while (peek() == ' ') {
            pos++;
        }
    }

    int position() {
        return pos;
    }

    void moveTo(int position) {
        pos = position;
    }

    String rest() {
        return text.substring(pos);
    }

    String substring(int from) {
        return text.substring(from, pos);
    }

    /**
     * Consumes the longest of the words that starts here, ignoring case, and returns it; null when none
     * does. A word ending in a Latin letter must not run on into another letter, so the scale "M" is not
     * read out of "merchants" nor "x" out of "xyz".
     */
    String acceptLongest(Collection<String> words) {
        String best = null;
        char here = peek();
        for (String w : words) {
            if (!sameIgnoringCase(w.charAt(0), here)) {
                continue; // the cheap test first: most words differ in their first character
            }
            if (text.regionMatches(true, pos, w, 0, w.length()) && endsAtBoundary(w)
                    && (best == null || w.length() > best.length())) {
                best = w;
            }
        }
        if (best != null) {
            pos += best.length();
        }
        return best;
    }

    /** The first-character test of {@link String#regionMatches(boolean, int, String, int, int)} with case ignored. */
    private static boolean sameIgnoringCase(char a, char b) {
        if (a == b) {
            return true;
        }
        if (a < 0x80 && b < 0x80) {
            return (a | 0x20) == (b | 0x20) && isLatinLetter(a);
        }
        if (UnitWords.isHangul(a) || UnitWords.isHangul(b)) {
            return false; // Hangul syllables have no case
        }
        char ua = Character.toUpperCase(a);
        char ub = Character.toUpperCase(b);
        return ua == ub || Character.toLowerCase(ua) == Character.toLowerCase(ub);
    }

    /** Whether one of the words starts here, without moving. */
    boolean lookingAt(Collection<String> words) {
        int start = pos;
        boolean found = acceptLongest(words) != null;
        pos = start;
        return found;
    }

    private boolean endsAtBoundary(String word) {
        int end = pos + word.length();
        return !isLatinLetter(word.charAt(word.length() - 1))
                || end >= text.length() || !isLatinLetter(text.charAt(end));
    }

    static boolean isLatinLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }
}
