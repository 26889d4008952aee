package kr.sangsaeng.review.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import kr.sangsaeng.review.model.Metric;
import kr.sangsaeng.review.model.MetricUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Two windows adding a metric at once give them two places in the list, on a review file and on a
 * server round: the next position is read inside the write transaction, after the round's write lock.
 */
@ParameterizedClass
@EnumSource(TestStores.Backend.class)
class MetricPositionTest {
    @Parameter
    TestStores.Backend backend;

    @TempDir
    Path dir;

    @Test
    void twoWindowsAddingAMetricAtOnceGetTwoPositions() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try (TestStores stores = TestStores.demo(backend, dir); ReviewStore other = stores.open()) {
            ReviewStore mine = stores.store();
            int before = mine.metrics().findAll().size();
            CountDownLatch added = new CountDownLatch(1);
            CountDownLatch letGo = new CountDownLatch(1);
            // The other window adds its metric and holds its transaction open a moment...
            Future<?> theirs = pool.submit(() -> other.inTransaction(() -> {
                other.metrics().insert("their_metric", "Theirs", MetricUnit.COUNT, true, 0);
                added.countDown();
                await(letGo);
                return null;
            }));
            assertThat(added.await(30, TimeUnit.SECONDS)).isTrue();
            // ...while this window adds one, which waits for the other's write to end.
            Future<Long> ours = pool.submit(() -> mine.metrics().insert("our_metric", "Ours", MetricUnit.COUNT, true, 0));
            stores.awaitAWaitingConnection();
            letGo.countDown();
            theirs.get(30, TimeUnit.SECONDS);
            ours.get(30, TimeUnit.SECONDS);

            List<Metric> metrics = mine.metrics().findAll();
            assertThat(metrics).hasSize(before + 2);
            assertThat(metrics.stream().map(Metric::position).distinct().count())
                    .as("every metric has a place of its own").isEqualTo(metrics.size());
            assertThat(metrics.get(metrics.size() - 1).key()).isEqualTo("our_metric");
        } finally {
            pool.shutdownNow();
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
