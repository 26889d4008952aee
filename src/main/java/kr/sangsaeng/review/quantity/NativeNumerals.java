package kr.sangsaeng.review.quantity;

import java.util.Map;

/**
 * Native Korean numbers one to ten as written before a counter: {@code 두 배}, {@code 세 번},
 * {@code 한 곳}. They are read only when a unit word follows, so the same syllables elsewhere
 * ("세부", "네이버") never become numbers.
 */
final class NativeNumerals {
    static final Map<String, Integer> WORDS = Map.ofEntries(
            Map.entry("한", 1), Map.entry("하나", 1), Map.entry("두", 2), Map.entry("둘", 2),
            Map.entry("세", 3), Map.entry("셋", 3), Map.entry("네", 4), Map.entry("넷", 4),
            Map.entry("다섯", 5), Map.entry("여섯", 6), Map.entry("일곱", 7), Map.entry("여덟", 8),
            Map.entry("아홉", 9), Map.entry("열", 10));
    private static final WordList WORD_LIST = WordList.of(WORDS.keySet());

    private NativeNumerals() {
    }

    /** Consumes a native numeral followed by a unit word (not the unit itself) and returns it; null otherwise. */
    static Integer accept(TextCursor c) {
        int start = c.position();
        String word = c.acceptLongest(WORD_LIST);
        if (word != null) {
            c.skipSpaces();
            if (c.lookingAt(UnitWords.AFTER_WORDS) && UnitWords.isHangul(c.peek())) {
                return WORDS.get(word);
            }
        }
        c.moveTo(start);
        return null;
    }
}
