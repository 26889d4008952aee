package kr.sangsaeng.review.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * A large read on a server round is split across two connections ({@link Db#inOneSnapshot}); the
 * halves must still come from one moment, as one statement's rows do: a change committed while they
 * are read shows in neither, and when no second connection opens both halves are read on the first.
 */
@ExtendWith(TestServer.class)
class OneSnapshotReadTest {
    @TempDir
    Path dir;

    private static final String COUNT = "SELECT count(*) FROM score";

    @Test
    void aChangeCommittedWhileTheHalvesAreReadShowsInNeither() throws Exception {
        try (TestStores stores = TestStores.demo(TestStores.Backend.SERVER, dir);
             Connection writer = stores.independentConnection();
             Db db = new Db(stores.independentConnection(), Dialect.POSTGRESQL)) {
            db.sideReadsWith(stores::independentConnection);
            long before = count(writer);
            CountDownLatch committed = new CountDownLatch(1);
            long[] seen = new long[2];
            Optional<Boolean> read = db.inOneSnapshot(here -> {
                execute(writer, "DELETE FROM score WHERE reviewer_id = (SELECT min(reviewer_id) FROM score)");
                committed.countDown();
                seen[0] = here.queryOne(COUNT, rs -> rs.getLong(1)).orElseThrow();
                return true;
            }, there -> {
                awaitQuietly(committed);
                seen[1] = there.queryOne(COUNT, rs -> rs.getLong(1)).orElseThrow();
                return true;
            });

            assertThat(read).contains(true);
            assertThat(count(writer)).isLessThan(before);
            assertThat(seen).containsExactly(before, before);
            assertThat(db.queryOne(COUNT, rs -> rs.getLong(1))).contains(count(writer));
        }
    }

    @Test
    void withoutASecondConnectionBothHalvesAreReadOnTheFirstInTheSameSnapshot() throws Exception {
        try (TestStores stores = TestStores.demo(TestStores.Backend.SERVER, dir);
             Connection writer = stores.independentConnection();
             Db db = new Db(stores.independentConnection(), Dialect.POSTGRESQL)) {
            db.sideReadsWith(() -> {
                throw new SQLException("too many connections for role", "53300");
            });
            long before = count(writer);
            long[] seen = new long[2];
            Optional<Boolean> read = db.inOneSnapshot(here -> {
                execute(writer, "DELETE FROM score WHERE reviewer_id = (SELECT min(reviewer_id) FROM score)");
                seen[0] = here.queryOne(COUNT, rs -> rs.getLong(1)).orElseThrow();
                return true;
            }, there -> {
                seen[1] = there.queryOne(COUNT, rs -> rs.getLong(1)).orElseThrow();
                return false;
            });

            assertThat(read).contains(false);
            assertThat(seen).containsExactly(before, before);
        }
    }

    private static long count(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); var rs = s.executeQuery(COUNT)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static void execute(Connection c, String sql) {
        try (Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            assertThat(latch.await(30, TimeUnit.SECONDS)).isTrue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
