package kr.sangsaeng.review.analysis;

import java.util.ArrayList;
import java.util.List;

/**
 * A fixed sequence of compare-exchanges (Batcher's odd–even merge sort, pruned to what decides
 * the middle positions) that leaves the median of n values in place. Used instead of sorting in
 * the stability draws: the same comparisons run for every draw of a block, so they have no
 * data-dependent branches and the JIT can run one comparison over all draws at once.
 */
final class MedianNetwork {
    private final int n;
    private final int[] low;
    private final int[] high;

    private MedianNetwork(int n, int[] low, int[] high) {
        this.n = n;
        this.low = low;
        this.high = high;
    }

    static MedianNetwork forSize(int n) {
        List<int[]> all = batcher(n);
        boolean[] needed = new boolean[n];
        if (n > 0) {
            needed[n / 2] = true;
            needed[(n - 1) / 2] = true;
        }
        List<int[]> kept = new ArrayList<>();
        for (int i = all.size() - 1; i >= 0; i--) {
            int[] c = all.get(i);
            if (needed[c[0]] || needed[c[1]]) {
                needed[c[0]] = true;
                needed[c[1]] = true;
                kept.add(0, c);
            }
        }
        return new MedianNetwork(n, kept.stream().mapToInt(c -> c[0]).toArray(),
                kept.stream().mapToInt(c -> c[1]).toArray());
    }

    /** Batcher's odd–even merge sort for the next power of two, without comparators beyond n. */
    private static List<int[]> batcher(int n) {
        int size = 1;
        while (size < n) {
            size <<= 1;
        }
        List<int[]> out = new ArrayList<>();
        for (int p = 1; p < size; p <<= 1) {
            for (int k = p; k >= 1; k >>= 1) {
                for (int j = k % p; j + k < size; j += 2 * k) {
                    for (int i = 0; i < Math.min(k, size - j - k); i++) {
                        if ((i + j) / (2 * p) == (i + j + k) / (2 * p) && i + j + k < n) {
                            out.add(new int[] {i + j, i + j + k});
                        }
                    }
                }
            }
        }
        return out;
    }

    /**
     * Medians of {@code lanes} columns at once: value j of column b at {@code v[j * lanes + b]}.
     * Reorders v; writes column b's median to {@code out[b]}.
     */
    void medians(double[] v, int lanes, double[] out) {
        for (int q = 0; q < low.length; q++) {
            int a = low[q] * lanes;
            int b = high[q] * lanes;
            for (int i = 0; i < lanes; i++) {
                double x = v[a + i];
                double y = v[b + i];
                v[a + i] = Math.min(x, y);
                v[b + i] = Math.max(x, y);
            }
        }
        int upper = (n / 2) * lanes;
        int lower = ((n - 1) / 2) * lanes;
        for (int i = 0; i < lanes; i++) {
            out[i] = (v[lower + i] + v[upper + i]) / 2;
        }
    }

    int comparators() {
        return low.length;
    }
}
