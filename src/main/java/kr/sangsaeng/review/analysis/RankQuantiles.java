package kr.sangsaeng.review.analysis;

import java.util.Arrays;

/**
 * Order statistics of one submission's ranks over the draws. Ranks are small integers, so a
 * counting pass over the range they actually span is cheaper than sorting — a submission's ranks
 * usually stay within a narrow band; a wide band falls back to sorting.
 */
final class RankQuantiles {
    private final int[] counts;
    private final int[] sorted;
    private int min;
    private int max;
    private boolean counted;

    RankQuantiles(int maxRank, int draws) {
        this.counts = new int[maxRank + 2];
        this.sorted = new int[draws];
    }

    /** Takes the ranks at {@code ranks[from, from + n)}; n must equal the draws given at construction. */
    void load(int[] ranks, int from, int n) {
        min = Integer.MAX_VALUE;
        max = Integer.MIN_VALUE;
        for (int i = from; i < from + n; i++) {
            min = Math.min(min, ranks[i]);
            max = Math.max(max, ranks[i]);
        }
        counted = max - min <= 4L * n;
        if (counted) {
            Arrays.fill(counts, min, max + 1, 0);
            for (int i = from; i < from + n; i++) {
                counts[ranks[i]]++;
            }
        } else {
            System.arraycopy(ranks, from, sorted, 0, n);
            Arrays.sort(sorted, 0, n);
        }
    }

    /** The k-th smallest rank, k from 1. */
    int kth(int k) {
        if (!counted) {
            return sorted[k - 1];
        }
        int seen = 0;
        for (int r = min; r <= max; r++) {
            seen += counts[r];
            if (seen >= k) {
                return r;
            }
        }
        throw new IllegalArgumentException("Only " + seen + " ranks loaded, asked for the " + k + "th");
    }

    /** Nearest-rank percentile: the ⌈p·n/100⌉-th smallest, in integer arithmetic to avoid 0.05·2000 rounding. */
    int percentile(int percent, int n) {
        return kth(Math.max(1, (percent * n + 99) / 100));
    }

    double median(int n) {
        return (n & 1) == 1 ? kth(n / 2 + 1) : (kth(n / 2) + kth(n / 2 + 1)) / 2.0;
    }
}
