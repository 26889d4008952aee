package kr.sangsaeng.review.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Two windows (two stores, as two programs have) on one round: a write that reads a value and
 * writes what follows from it never overwrites the other window's update, on a review file and on a
 * server round alike (docs/server-mode.md).
 */
@ParameterizedClass
@EnumSource(TestStores.Backend.class)
class TwoWindowsWriteTest {
    private static final int INCREMENTS = 60;

    @Parameter
    TestStores.Backend backend;

    @TempDir
    Path dir;

    @Test
    void twoStoresInTwoThreadsReadAndWriteWithoutLosingAnUpdate() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try (TestStores stores = TestStores.demo(backend, dir); ReviewStore b = stores.open()) {
            ReviewStore a = stores.store();
            CountDownLatch start = new CountDownLatch(1);
            Future<?> fa = pool.submit(() -> incrementAfter(start, a));
            Future<?> fb = pool.submit(() -> incrementAfter(start, b));
            start.countDown();
            fa.get(60, TimeUnit.SECONDS);
            fb.get(60, TimeUnit.SECONDS);
            assertThat(counter(a)).isEqualTo(2 * INCREMENTS);
            assertThat(counter(b)).isEqualTo(2 * INCREMENTS);
            assertThat(a.scores().count()).isEqualTo(b.scores().count());
        } finally {
            pool.shutdownNow();
        }
    }

    private static void incrementAfter(CountDownLatch start, ReviewStore store) {
        try {
            start.await();
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
        StoreWorker.increment(store, INCREMENTS);
    }

    private static int counter(ReviewStore store) {
        return Integer.parseInt(store.settings().get(StoreWorker.COUNTER).orElse("0"));
    }
}
