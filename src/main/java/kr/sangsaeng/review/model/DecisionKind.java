package kr.sangsaeng.review.model;

/** The committee's decision on a submission. */
public enum DecisionKind {
    SHORTLISTED, AWARDED, DECLINED;

    public String key() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public static DecisionKind fromKey(String key) {
        return valueOf(key.toUpperCase(java.util.Locale.ROOT));
    }
}
