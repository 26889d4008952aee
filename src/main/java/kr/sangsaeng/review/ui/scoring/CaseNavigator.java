package kr.sangsaeng.review.ui.scoring;

import java.util.function.IntPredicate;

/** Where Enter, Ctrl+Right and Ctrl+Left take the reviewer in the list of cases. */
final class CaseNavigator {
    private CaseNavigator() {
    }

    /**
     * The next case after {@code from} that still needs scores, wrapping round to the start, so the
     * reviewer is led through whatever is left; -1 when no other case needs scores.
     */
    static int nextToScore(int size, int from, IntPredicate needsScores) {
        for (int step = 1; step < size; step++) {
            int i = Math.floorMod(from + step, size);
            if (needsScores.test(i)) {
                return i;
            }
        }
        return -1;
    }

    /** The nearest case before {@code from} that is not skipped (recused), or -1. */
    static int previous(int from, IntPredicate skipped) {
        for (int i = from - 1; i >= 0; i--) {
            if (!skipped.test(i)) {
                return i;
            }
        }
        return -1;
    }

    /** The nearest case after {@code from} that is not skipped, or -1. */
    static int next(int size, int from, IntPredicate skipped) {
        for (int i = from + 1; i < size; i++) {
            if (!skipped.test(i)) {
                return i;
            }
        }
        return -1;
    }
}
