package kr.sangsaeng.review.analysis;

import java.util.Arrays;

/**
 * Orders and ranks submissions on primitive arrays, reusable across the stability draws without
 * allocating. Keys, most significant first: panel score, mean of the tie-break criterion, completed
 * reviews — all descending — and finally the submission index, so the order is fully determined.
 * Equal keys get the same competition rank (1, 2, 2, 4).
 *
 * <p>Scores are compared after rounding to 1e-9 points: two submissions whose means are equal on
 * paper (totals 60 and 80 against 70 and 70) can differ in the last bit of a double, and that
 * noise must not decide a tie the ranking rule gives to the tie-break criterion. NaN (no completed
 * review) sorts after every number.
 */
final class RankOrder {
    private static final double QUANTA_PER_POINT = 1e9;
    private static final int INSERTION_LIMIT = 24;
    private static final int DIGIT_BITS = 13;
    private static final int DIGIT_MASK = (1 << DIGIT_BITS) - 1;
    /** Below this many submissions clearing the digit counts costs more than comparing. */
    private static final int RADIX_THRESHOLD = 512;

    private final long[] primary;
    private final long[] secondary;
    private final int[] tertiary;
    private final int[] order;
    private final int[] rank;
    private final int[] scratch;
    private final long[] radixKey;
    private final long[] radixKeyScratch;
    private final int[] digitCount = new int[1 << DIGIT_BITS];

    RankOrder(int submissions) {
        primary = new long[submissions];
        secondary = new long[submissions];
        tertiary = new int[submissions];
        order = new int[submissions];
        rank = new int[submissions];
        scratch = new int[submissions];
        radixKey = new long[submissions];
        radixKeyScratch = new long[submissions];
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
        if (n >= RADIX_THRESHOLD && radixByPrimary(n)) {
            sortTiedRuns(n);
        } else {
            sort(0, n);
        }
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

    /**
     * Orders by the score alone with an LSD radix sort — a few linear passes instead of n log n
     * comparisons, which is most of the stability run's time. Being stable, it leaves equal scores
     * in index order for {@link #sortTiedRuns}. Returns false, leaving the order untouched, when the
     * scores span too wide a range for the key arithmetic.
     */
    private boolean radixByPrimary(int n) {
        long min = Long.MAX_VALUE;
        long max = Long.MIN_VALUE;
        for (int s = 0; s < n; s++) {
            if (primary[s] != Long.MIN_VALUE) {
                min = Math.min(min, primary[s]);
                max = Math.max(max, primary[s]);
            }
        }
        if (min > max) {
            return true;
        }
        long span = max - min;
        if (span < 0 || span >= Long.MAX_VALUE - 1) {
            return false;
        }
        for (int s = 0; s < n; s++) {
            radixKey[s] = primary[s] == Long.MIN_VALUE ? span + 1 : max - primary[s];
        }
        int bits = 64 - Long.numberOfLeadingZeros(span + 1);
        int[] src = order;
        int[] dst = scratch;
        long[] keySrc = radixKey;
        long[] keyDst = radixKeyScratch;
        for (int shift = 0; shift < bits; shift += DIGIT_BITS) {
            radixPass(src, keySrc, dst, keyDst, n, shift);
            int[] t = src;
            src = dst;
            dst = t;
            long[] k = keySrc;
            keySrc = keyDst;
            keyDst = k;
        }
        if (src != order) {
            System.arraycopy(src, 0, order, 0, n);
        }
        return true;
    }

    /** One stable counting pass; keys travel with the indices so that reads stay sequential. */
    private void radixPass(int[] src, long[] keySrc, int[] dst, long[] keyDst, int n, int shift) {
        int[] count = digitCount;
        Arrays.fill(count, 0);
        for (int i = 0; i < n; i++) {
            count[(int) (keySrc[i] >>> shift) & DIGIT_MASK]++;
        }
        int position = 0;
        for (int d = 0; d < count.length; d++) {
            int c = count[d];
            count[d] = position;
            position += c;
        }
        for (int i = 0; i < n; i++) {
            int at = count[(int) (keySrc[i] >>> shift) & DIGIT_MASK]++;
            dst[at] = src[i];
            keyDst[at] = keySrc[i];
        }
    }

    /** Applies the tie-break keys within each run of equal scores. */
    private void sortTiedRuns(int n) {
        int from = 0;
        for (int i = 1; i <= n; i++) {
            if (i == n || primary[order[i]] != primary[order[from]]) {
                if (i - from > 1) {
                    sort(from, i);
                }
                from = i;
            }
        }
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
