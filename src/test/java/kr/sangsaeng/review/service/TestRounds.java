package kr.sangsaeng.review.service;

import java.nio.file.Path;
import java.util.Map;
import java.util.WeakHashMap;
import kr.sangsaeng.review.model.Reviewer;
import kr.sangsaeng.review.store.ReviewStore;
import kr.sangsaeng.review.store.TestStores;

/**
 * For tests that set a file up, or check it afterwards, through the store: the services over a
 * store they opened themselves. The same store always gives the same round, so views that compare
 * rounds by identity see one file.
 *
 * <p>A service test that runs on a review file and on a server round alike (docs/server-mode.md)
 * is a {@code @ParameterizedClass @EnumSource(TestStores.Backend.class)} that opens the demo round
 * with {@link #demo} and reaches the services with {@link #of(TestStores)}.
 */
public final class TestRounds {
    private static final Map<ReviewStore, OpenRound> ROUNDS = new WeakHashMap<>();

    private TestRounds() {
    }

    public static synchronized OpenRound over(ReviewStore store) {
        return store == null ? null : ROUNDS.computeIfAbsent(store, OpenRound::new);
    }

    /** The services over the round as it is open now (after {@link TestStores#reopen}, the new store's). */
    public static OpenRound of(TestStores stores) {
        return over(stores.store());
    }

    /** The demo round as a review file in {@code dir}, or published from there to a fresh database on the test server. */
    public static TestStores demo(TestStores.Backend backend, Path dir) throws Exception {
        return TestStores.demo(backend, dir);
    }

    /** A new reviewer of {@code round} who has confirmed the pledge, so the scoring service takes their scores. */
    public static Reviewer pledgedReviewer(OpenRound round, String name) {
        long id = round.panel().addReviewer(Actor.SECRETARY, name, "위원");
        round.meeting().pledge().confirm(id, Actor.SECRETARY);
        return round.reader().reviewers().stream().filter(r -> r.id() == id).findFirst().orElseThrow();
    }
}
