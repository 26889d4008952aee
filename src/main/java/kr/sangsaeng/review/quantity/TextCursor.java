package kr.sangsaeng.review.quantity;

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
    String acceptLongest(WordList words) {
        if (atEnd()) {
            return null;
        }
        // Only the words with this first character, longest first: the first that matches is the longest.
        for (String w : words.startingWith(text.charAt(pos))) {
            if (text.regionMatches(true, pos, w, 0, w.length()) && endsAtBoundary(w)) {
                pos += w.length();
                return w;
            }
        }
        return null;
    }

    /** Whether one of the words starts here, without moving. */
    boolean lookingAt(WordList words) {
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
