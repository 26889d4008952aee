package kr.sangsaeng.review.service;

import java.util.Map;
import java.util.WeakHashMap;
import kr.sangsaeng.review.store.ReviewStore;

/**
 * For tests that set a file up, or check it afterwards, through the store: the services over a
 * store they opened themselves. The same store always gives the same round, so views that compare
 * rounds by identity see one file.
 */
public final class TestRounds {
    private static final Map<ReviewStore, OpenRound> ROUNDS = new WeakHashMap<>();

    private TestRounds() {
    }

    public static synchronized OpenRound over(ReviewStore store) {
        return store == null ? null : ROUNDS.computeIfAbsent(store, OpenRound::new);
    }
}
