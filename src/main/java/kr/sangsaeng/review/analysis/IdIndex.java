package kr.sangsaeng.review.analysis;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToLongFunction;

/**
 * Position of each id in a list, looked up without boxing. Database ids are usually dense (1..n), so
 * they index an array directly; sparse ids fall back to a map. Compiling a round looks up three ids
 * per score, which for a million scores made boxed {@code Map<Long, Integer>} lookups the largest
 * cost of loading a round.
 */
final class IdIndex {
    private static final int ABSENT = -1;

    private final long min;
    private final int[] dense;
    private final Map<Long, Integer> sparse;

    private IdIndex(long min, int[] dense, Map<Long, Integer> sparse) {
        this.min = min;
        this.dense = dense;
        this.sparse = sparse;
    }

    /** @throws IllegalArgumentException when an id appears twice ({@code what} names the kind) */
    static <T> IdIndex of(List<T> items, ToLongFunction<T> id, String what) {
        long min = Long.MAX_VALUE;
        long max = Long.MIN_VALUE;
        for (T item : items) {
            min = Math.min(min, id.applyAsLong(item));
            max = Math.max(max, id.applyAsLong(item));
        }
        long span = max - min; // negative when the ids are so far apart that the difference overflows
        boolean denseEnough = !items.isEmpty() && span >= 0 && span < 4L * items.size() + 1024;
        int[] dense = denseEnough ? new int[(int) span + 1] : null;
        Map<Long, Integer> sparse = denseEnough ? null : new HashMap<>();
        if (dense != null) {
            java.util.Arrays.fill(dense, ABSENT);
        }
        for (int i = 0; i < items.size(); i++) {
            long key = id.applyAsLong(items.get(i));
            boolean duplicate = dense != null ? dense[(int) (key - min)] != ABSENT : sparse.containsKey(key);
            if (duplicate) {
                throw new IllegalArgumentException("The " + what + " id " + key + " appears twice");
            }
            if (dense != null) {
                dense[(int) (key - min)] = i;
            } else {
                sparse.put(key, i);
            }
        }
        return new IdIndex(min, dense, sparse);
    }

    /** The position of {@code id}, or −1 when it is not in the list. */
    int indexOf(long id) {
        if (dense != null) {
            long k = id - min;
            return k >= 0 && k < dense.length ? dense[(int) k] : ABSENT;
        }
        Integer i = sparse == null ? null : sparse.get(id);
        return i == null ? ABSENT : i;
    }
}
