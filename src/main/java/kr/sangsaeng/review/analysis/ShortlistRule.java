package kr.sangsaeng.review.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import kr.sangsaeng.review.model.SupportArea;
import kr.sangsaeng.review.model.Submission;

/**
 * How the automatic shortlist is drawn from a ranking (docs/analysis.md). The ranking is walked best
 * first and a submission is taken when all of these hold:
 * <ul>
 *   <li>it has at least {@code minReviews} completed reviews (fewer: never taken automatically);
 *   <li>its panel score is at least {@code threshold}, when a threshold is set (not NaN);
 *   <li>fewer than {@code topN} places are taken, when {@code topN > 0} — except that a submission
 *       tied in rank with the last one taken is taken too: the rule never splits a tie, the chair
 *       does;
 *   <li>none of its support areas already holds {@code maxPerArea} submissions, when
 *       {@code maxPerArea > 0}; a submission with several areas counts against each of them.
 * </ul>
 * With both {@code topN} and a threshold set, both apply: at most N places, each at least the
 * threshold. At least one of the two must be set.
 */
public record ShortlistRule(int topN, double threshold, int maxPerArea, int minReviews) {
    public static final int DEFAULT_MIN_REVIEWS = 2;

    public ShortlistRule {
        if (topN < 0 || maxPerArea < 0 || minReviews < 0) {
            throw new IllegalArgumentException("Places, per-area maximum and minimum reviews cannot be negative");
        }
        if (topN == 0 && Double.isNaN(threshold)) {
            throw new IllegalArgumentException("A shortlist rule needs a number of places or a score threshold");
        }
    }

    /** The top N, at least {@value #DEFAULT_MIN_REVIEWS} completed reviews each, no area limit. */
    public static ShortlistRule top(int n) {
        return new ShortlistRule(n, Double.NaN, 0, DEFAULT_MIN_REVIEWS);
    }

    /** Every submission scoring at least the threshold, with the default minimum of reviews. */
    public static ShortlistRule atLeast(double threshold) {
        return new ShortlistRule(0, threshold, 0, DEFAULT_MIN_REVIEWS);
    }

    public ShortlistRule withThreshold(double value) {
        return new ShortlistRule(topN, value, maxPerArea, minReviews);
    }

    public ShortlistRule withMaxPerArea(int k) {
        return new ShortlistRule(topN, threshold, k, minReviews);
    }

    public ShortlistRule withMinReviews(int m) {
        return new ShortlistRule(topN, threshold, maxPerArea, m);
    }

    public boolean hasThreshold() {
        return !Double.isNaN(threshold);
    }

    public ShortlistResult apply(Ranking ranking) {
        ReviewTable t = ranking.scores().table();
        int n = t.submissionCount();
        int[] order = new int[n];
        int[] rank = new int[n];
        double[] score = new double[n];
        int[] completed = new int[n];
        for (int i = 0; i < n; i++) {
            SubmissionStats st = ranking.entries().get(i).stats();
            order[i] = st.index();
            rank[st.index()] = ranking.entries().get(i).rank();
            score[st.index()] = st.panelScore();
            completed[st.index()] = st.completed();
        }
        byte[] outcome = new byte[n];
        select(order, rank, score, completed, areaMasks(t), outcome, new int[n], new int[SupportArea.values().length]);
        List<ShortlistEntry> entries = new ArrayList<>(n);
        for (RankedSubmission e : ranking.entries()) {
            entries.add(new ShortlistEntry(e, ShortlistOutcome.values()[outcome[e.stats().index()]]));
        }
        return new ShortlistResult(this, ranking, entries);
    }

    /**
     * The rule on primitive arrays (shared with the stability draws). Writes the indices of the
     * shortlisted submissions, best first, to {@code chosen} and returns how many. With an
     * {@code outcome} array it also records every submission's {@link ShortlistOutcome} ordinal;
     * without one it stops at the cut, which is all the draws need. {@code areaCount} is scratch.
     */
    int select(int[] order, int[] rank, double[] score, int[] completed, int[] areaMask, byte[] outcome,
               int[] chosen, int[] areaCount) {
        Arrays.fill(areaCount, 0);
        long thresholdKey = hasThreshold() ? RankOrder.key(threshold) : Long.MIN_VALUE;
        int taken = 0;
        int lastRank = -1;
        for (int s : order) {
            boolean full = topN > 0 && taken >= topN && rank[s] != lastRank;
            if (full && outcome == null) {
                break;
            }
            ShortlistOutcome o;
            if (Double.isNaN(score[s])) {
                o = ShortlistOutcome.NO_SCORE;
            } else if (completed[s] < minReviews) {
                o = ShortlistOutcome.TOO_FEW_REVIEWS;
            } else if (full || RankOrder.key(score[s]) < thresholdKey) {
                o = ShortlistOutcome.BELOW_CUT;
            } else if (maxPerArea > 0 && areaFull(areaMask[s], areaCount)) {
                o = ShortlistOutcome.AREA_FULL;
            } else {
                o = ShortlistOutcome.SHORTLISTED;
                chosen[taken++] = s;
                lastRank = rank[s];
                count(areaMask[s], areaCount);
            }
            if (outcome != null) {
                outcome[s] = (byte) o.ordinal();
            }
        }
        return taken;
    }

    private boolean areaFull(int mask, int[] areaCount) {
        for (int a = 0; a < areaCount.length; a++) {
            if ((mask & (1 << a)) != 0 && areaCount[a] >= maxPerArea) {
                return true;
            }
        }
        return false;
    }

    private static void count(int mask, int[] areaCount) {
        for (int a = 0; a < areaCount.length; a++) {
            if ((mask & (1 << a)) != 0) {
                areaCount[a]++;
            }
        }
    }

    /** Support areas of each submission as bits of {@link SupportArea#ordinal()}. */
    static int[] areaMasks(ReviewTable t) {
        int[] masks = new int[t.submissionCount()];
        for (int s = 0; s < masks.length; s++) {
            Submission sub = t.submissions().get(s);
            for (SupportArea a : sub.areas()) {
                masks[s] |= 1 << a.ordinal();
            }
        }
        return masks;
    }
}
