package kr.sangsaeng.review.model;

import java.util.Locale;

/**
 * The kinds of conflict of interest Korean review rules name (docs/meeting.md). Every kind keeps
 * the reviewer out of the case: their scores never count.
 */
public enum ConflictKind {
    /** 제척: mandatory exclusion, e.g. the reviewer works for the platform. */
    EXCLUSION("제척"),
    /** 기피: a party challenged the reviewer and the committee accepted it. */
    CHALLENGE("기피"),
    /** 회피: the reviewer stands aside of their own accord. */
    RECUSAL("회피");

    private final String term;

    ConflictKind(String term) {
        this.term = term;
    }

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The Korean legal term, which the report prints in both languages. */
    public String term() {
        return term;
    }

    public static ConflictKind fromKey(String key) {
        String k = key.strip();
        for (ConflictKind c : values()) {
            if (c.key().equalsIgnoreCase(k) || c.term.equals(k)) {
                return c;
            }
        }
        throw new IllegalArgumentException("A conflict is exclusion (제척), challenge (기피) or recusal (회피), not '"
                + key + "'");
    }
}
