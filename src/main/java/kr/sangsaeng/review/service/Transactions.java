package kr.sangsaeng.review.service;

import java.util.function.Supplier;
import kr.sangsaeng.review.store.ReviewStore;
import kr.sangsaeng.review.store.StoreException;

/**
 * Runs a service's work in one store transaction. A rule the service itself refused (an
 * {@link IllegalArgumentException} or {@link IllegalStateException} thrown by the work) reaches the
 * caller as thrown, not wrapped as a store failure, so the view can say which rule it was.
 */
final class Transactions {
    private Transactions() {
    }

    static <T> T inTransaction(ReviewStore store, Supplier<T> work) {
        try {
            return store.inTransaction(work);
        } catch (StoreException e) {
            Throwable cause = e.getCause();
            if (cause instanceof IllegalArgumentException refused) {
                throw refused;
            }
            if (cause instanceof IllegalStateException refused) {
                throw refused;
            }
            throw e;
        }
    }

    static void inTransaction(ReviewStore store, Runnable work) {
        inTransaction(store, () -> {
            work.run();
            return null;
        });
    }
}
