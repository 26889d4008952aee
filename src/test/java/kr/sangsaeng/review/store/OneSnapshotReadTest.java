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

    @Test
    void readsMadeAtOneMomentDoNotSeeAScoreCommittedBetweenThem() throws Exception {
        try (TestStores stores = TestStores.demo(TestStores.Backend.SERVER, dir);
             Connection writer = stores.independentConnection()) {
            // Reviewer 20000 makes the round large enough for a split read, which here runs on one connection.
            execute(writer, "INSERT INTO reviewer (id, name) VALUES (20000, '먼 번호 위원')");
            execute(writer, "INSERT INTO score (reviewer_id, submission_id, criterion_id, value, updated_at)"
                    + " SELECT 20000, submission_id, criterion_id, value, updated_at FROM score"
                    + " WHERE reviewer_id = (SELECT min(reviewer_id) FROM score)");
            ReviewStore store = stores.reopen();
            int[] seen = store.readAtOneMoment(() -> {
                int before = store.scores().findAllValues().size();
                execute(writer, "DELETE FROM score WHERE reviewer_id = 20000");
                return new int[] {before, store.scores().findAllValues().size(), store.scores().findAll().size()};
            });

            assertThat(seen[1]).isEqualTo(seen[0]);
            assertThat(seen[2]).isEqualTo(seen[0]);
            assertThat(store.scores().findAllValues()).hasSizeLessThan(seen[0]);
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
