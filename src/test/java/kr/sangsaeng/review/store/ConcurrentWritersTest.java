package kr.sangsaeng.review.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import kr.sangsaeng.review.demo.DemoRound;
import kr.sangsaeng.review.model.Score;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two programs on one review file: both read, and concurrent writes neither deadlock nor lose an
 * update. Two windows of one program are {@link TwoWindowsWriteTest}, on a file and a server round.
 */
class ConcurrentWritersTest {
    private static final int INCREMENTS = 60;

    @TempDir
    Path dir;

    @Test
    void twoProcessesAndThisOneWriteWithoutLosingAnUpdate() throws Exception {
        Path file = dir.resolve("shared.sangsaeng");
        DemoRound.createAt(file).close();
        Path log = dir.resolve("children.log");
        List<ChildJvm> children = List.of(
                ChildJvm.start(StoreWorker.class, log, "increment", file.toString(), Integer.toString(INCREMENTS)),
                ChildJvm.start(StoreWorker.class, log, "increment", file.toString(), Integer.toString(INCREMENTS)));
        try (ReviewStore here = ReviewStore.open(file)) {
            StoreWorker.increment(here, INCREMENTS);
            for (ChildJvm child : children) {
                assertThat(child.waitFor(60_000)).as("child exit code (see %s)", log).isZero();
                assertThat(child.lines()).containsExactly("done");
            }
            assertThat(counter(here)).isEqualTo(3 * INCREMENTS);
            assertThat(here.health().problems()).isEmpty();
        }
    }

    @Test
    void aWriteWaitsOutAnotherProgramHoldingTheLockBeyondTheBusyTimeout() throws Exception {
        try (ReviewStore store = DemoRound.createAt(dir.resolve("busy.sangsaeng"));
             Connection other = DriverManager.getConnection("jdbc:sqlite:" + store.file())) {
            shortBusyTimeout(store);
            Thread holder = HeldWrite.holdFor(other, 300, "BEGIN IMMEDIATE",
                    "INSERT INTO setting (key, value) VALUES ('other', 'committed')");
            store.settings().put("note", "after the other program");
            holder.join();
            assertThat(store.settings().get("note")).contains("after the other program");
            assertThat(store.settings().get("other")).contains("committed");
        }
    }

    @Test
    void aLockHeldTooLongIsReportedAndTheStoreStaysUsable() throws Exception {
        try (ReviewStore store = DemoRound.createAt(dir.resolve("busy.sangsaeng"));
             Connection other = DriverManager.getConnection("jdbc:sqlite:" + store.file())) {
            shortBusyTimeout(store);
            long rev = store.reviewers().findAll().get(0).id();
            Score before = store.scores().findByReviewer(rev).get(0);
            Thread holder = HeldWrite.holdFor(other, 3_000, "BEGIN IMMEDIATE",
                    "INSERT INTO setting (key, value) VALUES ('other', 'committed')");
            assertThatThrownBy(() -> store.scores().put(new Score(rev, before.submissionId(), before.criterionId(),
                    before.value() == 5 ? 4 : 5, Instant.now()), "x"))
                    .isInstanceOf(StoreBusyException.class).hasMessageContaining("Another program is writing");
            holder.join();
            assertThat(store.scores().find(rev, before.submissionId(), before.criterionId())).contains(before);
            assertThat(store.isReadOnly()).isFalse();
            store.settings().put("note", "works again");
            assertThat(store.settings().get("note")).contains("works again");
        }
    }

    private static int counter(ReviewStore store) {
        return Integer.parseInt(store.settings().get(StoreWorker.COUNTER).orElse("0"));
    }

    /** So that the test need not hold a lock for the real 5 s busy timeout. */
    private static void shortBusyTimeout(ReviewStore store) throws Exception {
        try (Statement s = store.connection().createStatement()) {
            s.execute("PRAGMA busy_timeout = 50");
        }
    }
}
