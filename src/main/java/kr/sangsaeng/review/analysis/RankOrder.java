package kr.sangsaeng.review.analysis;

/**
 * Orders and ranks submissions on primitive arrays, reusable across the stability draws without
 * allocating. Keys, most significant first: panel score, mean of the tie-break criterion, completed
 * reviews — all descending — and finally the submission index, so the order is fully determined.
 * Equal keys get the same competition rank (1, 2, 2, 4).
 *
 * <p>Scores are compared after rounding to 1e-9 points: two submissions whose means are equal on
 * paper (totals 60 and 80 against 70 and 70) can differ in the last bit of a double, and that
 * noise must not decide a tie the DESIGN gives to the tie-break criterion. NaN (no completed
 * review) sorts after every number.
 */
final class RankOrder {
    private static final double QUANTA_PER_POINT = 1e9;
    private static final int INSERTION_LIMIT = 24;

    private final long[] primary;
    private final long[] secondary;
    private final int[] tertiary;
    private final int[] order;
    private final int[] rank;
    private final int[] scratch;

    RankOrder(int submissions) {
        primary = new long[submissions];
        secondary = new long[submissions];
        tertiary = new int[submissions];
        order = new int[submissions];
        rank = new int[submissions];
        scratch = new int[submissions];
    }

    /** Sorts; afterwards {@link #order()} lists submission indices best first. */
    void rank(double[] score, double[] tieBreakMean, int[] completed) {
        rank(score, tieBreakMean, 0, completed);
    }

    /** As {@link #rank(double[], double[], int[])}, the tie-break means starting at {@code tieOffset}. */
    void rank(double[] score, double[] tieBreakMean, int tieOffset, int[] completed) {
        int n = order.length;
        for (int s = 0; s < n; s++) {
            primary[s] = key(score[s]);
            secondary[s] = key(tieBreakMean[tieOffset + s]);
            tertiary[s] = completed[s];
            order[s] = s;
        }
        sort(0, n);
        for (int i = 0; i < n; i++) {
            boolean tied = i > 0 && compareKeys(order[i - 1], order[i]) == 0;
            rank[order[i]] = tied ? rank[order[i - 1]] : i + 1;
        }
    }

    /** Submission indices, best first. Owned by this object: read, do not keep. */
    int[] order() {
        return order;
    }

    /** Competition rank (1-based) by submission index. Owned by this object: read, do not keep. */
    int[] ranks() {
        return rank;
    }

    static long key(double x) {
        return Double.isNaN(x) ? Long.MIN_VALUE : Math.round(x * QUANTA_PER_POINT);
    }

    /** Negative when a comes first; compares everything except the index. */
    private int compareKeys(int a, int b) {
        if (primary[a] != primary[b]) {
            return primary[a] > primary[b] ? -1 : 1;
        }
        if (secondary[a] != secondary[b]) {
            return secondary[a] > secondary[b] ? -1 : 1;
        }
        return Integer.compare(tertiary[b], tertiary[a]);
    }

    private boolean before(int a, int b) {
        int c = compareKeys(a, b);
        return c < 0 || (c == 0 && a < b);
    }

    /** Merge sort of order[from, to): stable, O(n log n) whatever the data, no allocation. */
    private void sort(int from, int to) {
        if (to - from <= INSERTION_LIMIT) {
            insertionSort(from, to);
            return;
        }
        int mid = (from + to) >>> 1;
        sort(from, mid);
        sort(mid, to);
        if (!before(order[mid], order[mid - 1])) {
            return;
        }
        System.arraycopy(order, from, scratch, from, to - from);
        int i = from;
        int j = mid;
        for (int k = from; k < to; k++) {
            if (j >= to || (i < mid && !before(scratch[j], scratch[i]))) {
                order[k] = scratch[i++];
            } else {
                order[k] = scratch[j++];
            }
        }
    }

    private void insertionSort(int from, int to) {
        for (int i = from + 1; i < to; i++) {
            int x = order[i];
            int j = i - 1;
            while (j >= from && before(x, order[j])) {
                order[j + 1] = order[j];
                j--;
            }
            order[j + 1] = x;
        }
    }
}
