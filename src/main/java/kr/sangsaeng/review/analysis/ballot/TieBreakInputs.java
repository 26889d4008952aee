package kr.sangsaeng.review.analysis.ballot;

import java.util.List;
import java.util.Map;

/**
 * What the tie-break chain reads: each case's mean on the highest-weighted criterion and median
 * total (NaN or missing when it has none; those come last), the chair's casting order (may be
 * empty) and the seed for drawing lots.
 */
public record TieBreakInputs(Map<String, Double> criterionMean, Map<String, Double> median,
                             List<String> castingVote, long seed) {
    public TieBreakInputs {
        criterionMean = Map.copyOf(criterionMean);
        median = Map.copyOf(median);
        castingVote = List.copyOf(castingVote);
    }

    /** No figures, no casting vote: only lots can split a tie. */
    public static TieBreakInputs lotsOnly(long seed) {
        return new TieBreakInputs(Map.of(), Map.of(), List.of(), seed);
    }
}
