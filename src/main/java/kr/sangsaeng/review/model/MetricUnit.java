package kr.sangsaeng.review.model;

import java.util.Locale;

/**
 * The unit a metric is reported in. The code is what the review file stores and what a
 * submission file may write in brackets after a metric's header ({@code merchants [persons]}).
 */
public enum MetricUnit {
    /** A count of things or businesses (Korean counter 개). */
    COUNT("count"),
    /** A count of people, e.g. merchants or sellers (Korean counter 명). */
    PERSONS("persons"),
    /** Korean won. */
    KRW("KRW"),
    /** A percentage, e.g. sales growth (+628%). */
    PERCENT("%"),
    /** A difference of percentages (+60%p). */
    PERCENT_POINT("pp"),
    /** A multiple, e.g. transaction volume ×3 (3배). */
    MULTIPLE("x"),
    /** A number of occasions, e.g. exhibitions held (13회). */
    OCCURRENCES("times"),
    /** A rank or position (1위). */
    RANK("rank"),
    /** A plain number. */
    NONE("");

    private final String code;

    MetricUnit(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    /** Reads a unit code or a common alias in English or Korean; unknown text is {@link #NONE}. */
    public static MetricUnit fromText(String text) {
        if (text == null) {
            return NONE;
        }
        String t = text.strip().toLowerCase(Locale.ROOT);
        for (MetricUnit u : values()) {
            if (t.equals(u.code.toLowerCase(Locale.ROOT))) {
                return u;
            }
        }
        return switch (t) {
            case "개", "개사", "곳", "건", "items", "businesses", "stores", "shops" -> COUNT;
            case "명", "people", "person", "merchants", "sellers", "users" -> PERSONS;
            case "원", "won", "krw won", "만원", "억원" -> KRW;
            case "percent", "퍼센트", "pct" -> PERCENT;
            case "%p", "p.p.", "percentage points", "percentage point", "포인트" -> PERCENT_POINT;
            case "배", "×", "times as much", "multiple" -> MULTIPLE;
            case "회", "occasions", "events", "차" -> OCCURRENCES;
            case "위", "position", "place" -> RANK;
            default -> NONE;
        };
    }
}
