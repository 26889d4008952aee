package kr.sangsaeng.review.ui.submissions;

import java.util.Collection;
import java.util.List;
import javafx.collections.ObservableListBase;

/**
 * A list whose whole contents are swapped in one go, announced as "the first rows updated, the rest
 * added or removed" rather than "everything replaced". A table showing it keeps its cells and only
 * fills them again: on 100,000 rows, a "replace all" makes the table lay out all its cells anew, which
 * cost most of a keystroke in the search box (see bench/RESULTS.md).
 *
 * <p>The price: a table keeps its selected index across an update, while the row at that index may now
 * be another case. Whoever selects in a table showing this list re-selects by case after each swap
 * ({@link CaseSelection}).
 */
final class SwappingList<E> extends ObservableListBase<E> {
    private Object[] items = new Object[0];
    private int size;
    private boolean swapping;

    @Override
    @SuppressWarnings("unchecked")
    public E get(int index) {
        if (index < 0 || index >= size) {
            throw new IndexOutOfBoundsException(index);
        }
        return (E) items[index];
    }

    @Override
    public int size() {
        return size;
    }

    /** True while listeners hear of a swap: selection changes they cause are passing, not the user's. */
    boolean isSwapping() {
        return swapping;
    }

    /** Also what a table's sort calls (FXCollections.sort), so sorting keeps the cells too. */
    @Override
    public boolean setAll(Collection<? extends E> next) {
        swap(next);
        return true;
    }

    @SuppressWarnings("unchecked")
    void swap(Collection<? extends E> next) {
        Object[] old = items;
        int oldSize = size;
        Object[] now = next.toArray();
        int common = Math.min(oldSize, now.length);
        if (common == oldSize && common == now.length && sameRows(old, now, common)) {
            return; // nothing to tell
        }
        items = now;
        size = now.length;
        swapping = true;
        try {
            beginChange();
            if (common > 0) {
                nextUpdate(0); // one update range; the builder merges the rest into it cheaply
                for (int i = 1; i < common; i++) {
                    nextUpdate(i);
                }
            }
            if (now.length > oldSize) {
                nextAdd(oldSize, now.length);
            } else if (oldSize > now.length) {
                nextRemove(now.length, (List<E>) List.of(java.util.Arrays.copyOfRange(old, now.length, oldSize)));
            }
            endChange();
        } finally {
            swapping = false;
        }
    }

    private static boolean sameRows(Object[] a, Object[] b, int n) {
        for (int i = 0; i < n; i++) {
            if (a[i] != b[i]) {
                return false;
            }
        }
        return true;
    }
}
