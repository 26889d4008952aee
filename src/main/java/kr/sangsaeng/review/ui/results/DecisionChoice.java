package kr.sangsaeng.review.ui.results;

import java.util.Locale;
import kr.sangsaeng.review.model.Decision;
import kr.sangsaeng.review.model.DecisionKind;

/** What the decision column offers: the committee's decisions, and "none" to clear one. */
public enum DecisionChoice {
    NONE(null), SHORTLISTED(DecisionKind.SHORTLISTED), AWARDED(DecisionKind.AWARDED), DECLINED(DecisionKind.DECLINED);

    private final DecisionKind kind;

    DecisionChoice(DecisionKind kind) {
        this.kind = kind;
    }

    /** The stored decision, or null for {@link #NONE}. */
    public DecisionKind kind() {
        return kind;
    }

    /** Key of its label: {@code "decision." + key()}. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static DecisionChoice of(Decision d) {
        return d == null ? NONE : valueOf(d.kind().name());
    }
}
