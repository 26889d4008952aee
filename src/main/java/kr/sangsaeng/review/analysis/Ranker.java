package kr.sangsaeng.review.analysis;

import java.util.ArrayList;
import java.util.List;

/**
 * Ranks submissions (docs/analysis.md): by panel score, descending; ties broken by the mean of the
 * highest-weight criterion, then by more completed reviews; still equal → equal rank.
 *
 * <p>"Highest-weight" uses the weights the totals were computed with, so what-if weights also move
 * the tie-break; among criteria sharing the highest weight the first in rubric order is used.
 * Submissions without a completed review have no score and rank last, all sharing one rank.
 */
public final class Ranker {
    private Ranker() {
    }

    public static Ranking rank(PanelScores scores) {
        ReviewTable t = scores.table();
        int n = t.submissionCount();
        int tieCriterion = tieBreakCriterion(scores.totals().weights());
        double[] score = new double[n];
        double[] tieMean = new double[n];
        int[] completed = new int[n];
        for (int s = 0; s < n; s++) {
            score[s] = scores.get(s).panelScore();
            tieMean[s] = tieCriterion < 0 ? Double.NaN : t.criterionMean(s, tieCriterion);
            completed[s] = t.completed(s);
        }
        RankOrder order = new RankOrder(n);
        order.rank(score, tieMean, completed);
        List<RankedSubmission> entries = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            int s = order.order()[i];
            entries.add(new RankedSubmission(order.ranks()[s], scores.get(s)));
        }
        return new Ranking(scores, tieCriterion, entries);
    }

    /** Index of the highest weight, the first one among equals; −1 when there are no criteria. */
    public static int tieBreakCriterion(double[] weights) {
        return tieBreakCriterion(weights, 0, weights.length);
    }

    /** As {@link #tieBreakCriterion(double[])} for the weights at {@code weights[from, from + count)}. */
    static int tieBreakCriterion(double[] weights, int from, int count) {
        int best = -1;
        for (int c = 0; c < count; c++) {
            if (best < 0 || weights[from + c] > weights[from + best]) {
                best = c;
            }
        }
        return best;
    }
}
