package kr.sangsaeng.review.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
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
            Thread holder = HeldWrite.holdFor(other, 150, Dialect.POSTGRESQL.beginWrite());
            store.settings().putAudited("shortlist.rule", "{\"top_n\":2}", "의장");
            holder.join();
            assertThat(store.settings().get("shortlist.rule")).contains("{\"top_n\":2}");
        }
    }

    @Test
    void aWriteHeldUpTooLongIsReportedAndTheStoreStaysUsable() throws Exception {
        int auditBefore = store.audit().count();
        try (Connection other = stores.independentConnection()) {
            Thread holder = HeldWrite.holdFor(other, 3_000, Dialect.POSTGRESQL.beginWrite());
            assertThatThrownBy(() -> store.settings().putAudited("shortlist.rule", "{\"top_n\":2}", "의장"))
                    .isInstanceOf(StoreBusyException.class).hasMessageContaining("Another program is writing");
            holder.join();
        }
        assertThat(store.settings().get("shortlist.rule")).isEmpty();
        assertThat(store.audit().count()).isEqualTo(auditBefore);
        store.settings().putAudited("shortlist.rule", "{\"top_n\":2}", "의장");
        assertThat(store.settings().get("shortlist.rule")).contains("{\"top_n\":2}");
    }
}
