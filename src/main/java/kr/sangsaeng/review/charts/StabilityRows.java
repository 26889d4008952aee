package kr.sangsaeng.review.charts;

import java.util.Comparator;
import java.util.List;
import kr.sangsaeng.review.analysis.StabilityResult;
import kr.sangsaeng.review.analysis.SubmissionStability;

/**
 * The cases a stability chart draws, best median rank first (then the likelier to be shortlisted,
 * then the better interval). A large round is cut to the first {@code limit}, which always reaches
 * past the cut-off so the cases that decide the shortlist are on the chart.
 */
public record StabilityRows(List<SubmissionStability> shown, int total, int topN) {
    /** Cases drawn at most, beyond the shortlist's N. */
    public static final int DEFAULT_LIMIT = 30;
    /** Cases shown past the cut-off however small the limit. */
    static final int PAST_CUTOFF = 10;

    public StabilityRows {
        shown = List.copyOf(shown);
    }

    public int hidden() {
        return total - shown.size();
    }

    public static StabilityRows of(StabilityResult result, int limit) {
        int topN = result.options().rule().topN();
        int keep = Math.max(limit, topN + PAST_CUTOFF);
        List<SubmissionStability> sorted = result.submissions().stream()
                .sorted(Comparator.comparingDouble(SubmissionStability::medianRank)
                        .thenComparing(Comparator.comparingDouble(SubmissionStability::probability).reversed())
                        .thenComparingInt(SubmissionStability::rankLow)
                        .thenComparingInt(SubmissionStability::index))
                .limit(keep)
                .toList();
        return new StabilityRows(sorted, result.submissions().size(), topN);
    }
}
