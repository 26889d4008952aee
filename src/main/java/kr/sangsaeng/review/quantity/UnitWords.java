package kr.sangsaeng.review.quantity;

import static kr.sangsaeng.review.model.MetricUnit.COUNT;
import static kr.sangsaeng.review.model.MetricUnit.KRW;
import static kr.sangsaeng.review.model.MetricUnit.MULTIPLE;
import static kr.sangsaeng.review.model.MetricUnit.OCCURRENCES;
import static kr.sangsaeng.review.model.MetricUnit.PERCENT;
import static kr.sangsaeng.review.model.MetricUnit.PERCENT_POINT;
import static kr.sangsaeng.review.model.MetricUnit.PERSONS;
import static kr.sangsaeng.review.model.MetricUnit.RANK;

import java.util.Locale;
import java.util.Map;
import kr.sangsaeng.review.model.MetricUnit;

/**
 * The unit words a figure may carry before or after its number. English nouns such as "merchants"
 * or "stores" are not repeated here: the parser falls back on {@link MetricUnit#fromText}, so the
 * model's alias list stays the one place that knows them.
 */
final class UnitWords {
    /** Written before the number: {@code KRW 100M}, {@code ₩1억}, {@code ×3}, {@code #1}. */
    static final Map<String, MetricUnit> BEFORE = Map.of(
            "krw", KRW, "₩", KRW,
            "×", MULTIPLE, "x", MULTIPLE,
            "#", RANK, "no.", RANK);

    /** Written after the number. Longest match wins, so "%p" is never read as "%" then "p". */
    static final Map<String, MetricUnit> AFTER = Map.ofEntries(
            Map.entry("원", KRW), Map.entry("won", KRW), Map.entry("krw", KRW),
            Map.entry("개", COUNT), Map.entry("개사", COUNT), Map.entry("개소", COUNT),
            Map.entry("곳", COUNT), Map.entry("건", COUNT), Map.entry("업체", COUNT), Map.entry("개 업체", COUNT),
            Map.entry("가지", COUNT), Map.entry("군데", COUNT), Map.entry("점포", COUNT), Map.entry("개 점포", COUNT),
            Map.entry("기업", COUNT), Map.entry("개 기업", COUNT), Map.entry("팀", COUNT),
            Map.entry("종", COUNT), Map.entry("품목", COUNT), Map.entry("개 품목", COUNT), Map.entry("가구", COUNT),
            Map.entry("명", PERSONS), Map.entry("인", PERSONS),
            Map.entry("%", PERCENT), Map.entry("퍼센트", PERCENT), Map.entry("프로", PERCENT),
            Map.entry("%p", PERCENT_POINT), Map.entry("%pt", PERCENT_POINT), Map.entry("%pts", PERCENT_POINT),
            Map.entry("pp", PERCENT_POINT), Map.entry("p.p.", PERCENT_POINT), Map.entry("p.p", PERCENT_POINT),
            Map.entry("%포인트", PERCENT_POINT), Map.entry("퍼센트포인트", PERCENT_POINT),
            Map.entry("포인트", PERCENT_POINT),
            Map.entry("percentage point", PERCENT_POINT), Map.entry("percentage points", PERCENT_POINT),
            Map.entry("배", MULTIPLE), Map.entry("x", MULTIPLE), Map.entry("×", MULTIPLE),
            Map.entry("회", OCCURRENCES), Map.entry("번", OCCURRENCES), Map.entry("차례", OCCURRENCES),
            Map.entry("회차", OCCURRENCES),
            Map.entry("time", OCCURRENCES), Map.entry("times", OCCURRENCES),
            Map.entry("위", RANK), Map.entry("등", RANK),
            Map.entry("st", RANK), Map.entry("nd", RANK), Map.entry("rd", RANK), Map.entry("th", RANK));

    static final WordList BEFORE_WORDS = WordList.of(BEFORE.keySet());
    static final WordList AFTER_WORDS = WordList.of(AFTER.keySet());

    private UnitWords() {
    }

    /** Consumes a unit word written before the number and returns its unit; null when none is there. */
    static MetricUnit acceptBefore(TextCursor c) {
        return accept(c, BEFORE, BEFORE_WORDS);
    }

    /** Consumes a unit word written after the number and returns its unit; null when none is there. */
    static MetricUnit acceptAfter(TextCursor c) {
        return accept(c, AFTER, AFTER_WORDS);
    }

    /**
     * The Korean counting word a unit word is, to be shown again with the figure: 명, 개사, 곳, 회…;
     * empty for 원, %, 배 and English words, whose unit already says everything shown.
     */
    static String counterOf(String word) {
        MetricUnit unit = AFTER.get(word.toLowerCase(Locale.ROOT));
        if (unit == null || word.isEmpty() || !isHangul(word.charAt(0))) {
            return "";
        }
        return switch (unit) {
            case COUNT, PERSONS, OCCURRENCES, RANK -> word;
            default -> "";
        };
    }

    static boolean isHangul(char c) {
        return c >= '\uAC00' && c <= '\uD7A3';
    }

    private static MetricUnit accept(TextCursor c, Map<String, MetricUnit> words, WordList list) {
        String word = c.acceptLongest(list);
        return word == null ? null : words.get(word.toLowerCase(Locale.ROOT));
    }
}
