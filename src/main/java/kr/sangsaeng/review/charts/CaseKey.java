package kr.sangsaeng.review.charts;

/**
 * A case as a chart's category or point key: the label drawn on the axis and the submission id,
 * so that a click on a bar or a point can open the case it shows. Ordered and compared by id,
 * so two cases with the same label never merge into one bar.
 */
public record CaseKey(long submissionId, String label) implements Comparable<CaseKey> {
    @Override
    public int compareTo(CaseKey o) {
        return Long.compare(submissionId, o.submissionId);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CaseKey k && k.submissionId == submissionId;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(submissionId);
    }

    /** What the axis draws. */
    @Override
    public String toString() {
        return label;
    }
}
