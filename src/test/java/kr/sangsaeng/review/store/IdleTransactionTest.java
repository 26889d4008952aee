package kr.sangsaeng.review.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A window frozen inside a write transaction does not hold a server round's write lock for long: the
 * server ends a session idle in a transaction (ServerAddress.idleInTransactionTimeoutMs, 60 s in the
 * app, 1 s here), and another window's write then goes through (docs/server-mode.md).
 */
class IdleTransactionTest {
    @TempDir
    Path dir;

    @Test
    void aSessionLeftIdleInAWriteIsEndedAndAnotherWindowWrites() throws Exception {
        ExecutorService pool = Executors.newSingleThreadExecutor();
        int appTimeout = ServerAddress.idleInTransactionTimeoutMs;
        try (TestStores stores = TestStores.demo(TestStores.Backend.SERVER, dir)) {
            ReviewStore frozen;
            ServerAddress.idleInTransactionTimeoutMs = 1_000;
            try {
                frozen = stores.open();
            } finally {
                ServerAddress.idleInTransactionTimeoutMs = appTimeout;
            }
            CountDownLatch wrote = new CountDownLatch(1);
            CountDownLatch thaw = new CountDownLatch(1);
            Future<?> frozenWrite = pool.submit(() -> frozen.inTransaction(() -> {
                frozen.settings().put("idle.test", "from the frozen window");
                wrote.countDown();
                try {
                    thaw.await(60, TimeUnit.SECONDS); // the window stops answering, its transaction open
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return null;
            }));
            try {
                assertThat(wrote.await(30, TimeUnit.SECONDS)).isTrue();
                long start = System.nanoTime();
                stores.store().settings().put("idle.test", "from another window");
                long waitedMs = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
                assertThat(stores.store().settings().get("idle.test")).contains("from another window");
                // Without the limit the write would wait out the 5 s lock timeout, a few times, and fail.
                assertThat(waitedMs).isLessThan(Connections.BUSY_TIMEOUT_MS);
            } finally {
                thaw.countDown();
            }
            // The frozen window's transaction was rolled back with its session: its commit fails.
            Throwable failure = null;
            try {
                frozenWrite.get(30, TimeUnit.SECONDS);
            } catch (ExecutionException e) {
                failure = e.getCause();
            }
            assertThat(failure).as("the frozen window's commit: not saved, as on a lost connection")
                    .isInstanceOf(ConnectionLostException.class);
            // The frozen window connects again for its next write.
            frozen.settings().put("idle.test.after", "written again");
            assertThat(stores.store().settings().get("idle.test.after")).contains("written again");
            frozen.close();
            try (Connection c = stores.independentConnection(); Statement s = c.createStatement();
                    ResultSet rs = s.executeQuery("SELECT value FROM setting WHERE key = 'idle.test'")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getString(1)).isEqualTo("from another window");
            }
        } finally {
            ServerAddress.idleInTransactionTimeoutMs = appTimeout;
            pool.shutdownNow();
        }
    }

    @Test
    void theAppsConnectionsEndIdleTransactionsAfterAMinuteUnlessTheServerSetsItsOwnLimit() throws Exception {
        try (TestStores stores = TestStores.demo(TestStores.Backend.SERVER, dir)) {
            ServerAddress server = stores.server();
            assertThat(setting(server)).isEqualTo("1min");
            try (Connection c = server.connect(); Statement s = c.createStatement()) {
                s.execute("ALTER DATABASE " + server.database() + " SET idle_in_transaction_session_timeout = '7s'");
            }
            assertThat(setting(server)).as("an administrator's limit stands").isEqualTo("7s");
        }
    }

    private static String setting(ServerAddress server) throws Exception {
        try (Connection c = server.connect(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SHOW idle_in_transaction_session_timeout")) {
            rs.next();
            return rs.getString(1);
        }
    }
}
