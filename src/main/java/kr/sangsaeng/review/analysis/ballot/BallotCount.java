package kr.sangsaeng.review.analysis.ballot;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Counts ranked ballots by Schulze or Borda and applies the declared tie-break chain. */
public final class BallotCount {
    private BallotCount() {
    }

    /** The candidates are every ref on any ballot, in the order they first appear. */
    public static BallotResult count(BallotMethod method, List<Ballot> ballots, TieBreakInputs tieBreak) {
        Set<String> seen = new LinkedHashSet<>();
        ballots.forEach(b -> seen.addAll(b.order()));
        return count(method, new ArrayList<>(seen), ballots, tieBreak);
    }

    public static BallotResult count(BallotMethod method, List<String> candidates, List<Ballot> ballots,
                                     TieBreakInputs tieBreak) {
        for (Ballot b : ballots) {
            for (String r : b.order()) {
                if (!candidates.contains(r)) {
                    throw new IllegalArgumentException("The ballot of " + b.voter() + " names " + r
                            + ", which is not a finalist");
                }
            }
        }
        Pairwise d = Pairwise.of(candidates, ballots);
        int[][] p = null;
        Map<String, Integer> points = Map.of();
        List<List<String>> groups;
        if (method == BallotMethod.SCHULZE) {
            p = Schulze.strongestPaths(d);
            groups = Schulze.groups(d, p);
        } else {
            points = Borda.points(candidates, ballots);
            groups = Borda.groups(points);
        }
        TieBreak tb = new TieBreak(tieBreak);
        List<String> order = tb.order(groups);
        return new BallotResult(method, order, groups, d, p, points, tb.used(), tieBreak.seed(), ballots.size());
    }
}
