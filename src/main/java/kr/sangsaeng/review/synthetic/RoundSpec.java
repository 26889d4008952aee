package kr.sangsaeng.review.synthetic;

/** The size and seed of a synthetic round: N cases, R reviewers, C criteria. */
public record RoundSpec(int submissions, int reviewers, int criteria, long seed) {
    public RoundSpec {
        if (submissions < 1 || reviewers < 1 || criteria < 1) {
            throw new IllegalArgumentException("a synthetic round needs at least one case, reviewer and criterion");
        }
        if (criteria > 20) {
            throw new IllegalArgumentException("at most 20 criteria (a rubric longer than that is not a rubric)");
        }
    }
}
