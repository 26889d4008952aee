package kr.sangsaeng.review.analysis.ballot;

import java.util.List;
import java.util.Map;

/**
 * A counted ballot: the final order, the groups the method itself left tied, the pairwise table,
 * the strongest paths (Schulze) or points (Borda), and each tie-break step that was needed.
 *
 * @param strongestPaths Schulze's p table, indexed like {@code pairwise}; {@code null} for Borda
 * @param points         Borda points by ref; empty for Schulze
 */
public record BallotResult(BallotMethod method, List<String> order, List<List<String>> groups, Pairwise pairwise,
                           int[][] strongestPaths, Map<String, Integer> points, List<TieBreakUse> tiesBrokenBy,
                           long seed, int ballots) {
    public BallotResult {
        order = List.copyOf(order);
        groups = List.copyOf(groups);
        tiesBrokenBy = List.copyOf(tiesBrokenBy);
    }

    /** One tie-break step applied to refs that were tied, and the order it left them in. */
    public record TieBreakUse(TieBreakStep step, List<String> tied, List<String> result) {
        public TieBreakUse {
            tied = List.copyOf(tied);
            result = List.copyOf(result);
        }
    }
}
