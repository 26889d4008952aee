package kr.sangsaeng.review.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * On a server round a write transaction waits for another window's write as a file's waits for its
 * write lock (Dialect.beginWrite): it goes through once the other commits, and when the other holds
 * the round longer than the lock timeout the change is reported as not saved, and the store stays
 * usable (docs/server-mode.md; the file's counterpart is ConcurrentWritersTest).
 */
class ServerWriteLockTest {
    @TempDir
    Path dir;

    private TestStores stores;
    private ReviewStore store;

    @BeforeEach
    void openDemo() throws Exception {
        stores = TestStores.demo(TestStores.Backend.SERVER, dir);
        store = stores.store();
        // So that the test need not hold the round for the real 5 s: the session's own lock_timeout wins.
        try (Statement s = store.connection().createStatement()) {
            s.execute("SET lock_timeout = '50ms'");
        }
    }

    @AfterEach
    void close() throws Exception {
        stores.close();
    }

    @Test
    void aWriteWaitsOutAnotherWindowsShortWrite() throws Exception {
        try (Connection other = stores.independentConnection()) {
            Thread holder = holdTheRound(other, 150);
            store.settings().putAudited("shortlist.rule", "{\"top_n\":2}", "의장");
            holder.join();
            assertThat(store.settings().get("shortlist.rule")).contains("{\"top_n\":2}");
        }
    }

    @Test
    void aWriteHeldUpTooLongIsReportedAndTheStoreStaysUsable() throws Exception {
        int auditBefore = store.audit().count();
        try (Connection other = stores.independentConnection()) {
            Thread holder = holdTheRound(other, 3_000);
            assertThatThrownBy(() -> store.settings().putAudited("shortlist.rule", "{\"top_n\":2}", "의장"))
                    .isInstanceOf(StoreBusyException.class).hasMessageContaining("Another program is writing");
            holder.join();
        }
        assertThat(store.settings().get("shortlist.rule")).isEmpty();
        assertThat(store.audit().count()).isEqualTo(auditBefore);
        store.settings().putAudited("shortlist.rule", "{\"top_n\":2}", "의장");
        assertThat(store.settings().get("shortlist.rule")).contains("{\"top_n\":2}");
    }

    /** Another window's write transaction: holds the round's write lock, then commits after {@code millis}. */
    private static Thread holdTheRound(Connection other, long millis) throws Exception {
        CountDownLatch locked = new CountDownLatch(1);
        Thread t = new Thread(() -> {
            try (Statement s = other.createStatement()) {
                s.execute(Dialect.POSTGRESQL.beginWrite());
                locked.countDown();
                Thread.sleep(millis);
                s.execute("COMMIT");
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        t.start();
        assertThat(locked.await(10, TimeUnit.SECONDS)).isTrue();
        return t;
    }
}
