package kr.sangsaeng.review.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import kr.sangsaeng.review.demo.DemoRound;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * A server round announces each committed write to the other programs on it (LISTEN/NOTIFY), sorts
 * connection failures into what the user must be told, and notices a lost connection and its return.
 */
@ExtendWith(TestServer.class)
class ServerChangesTest {
    @TempDir
    Path dir;

    private ServerAddress published(ServerAddress server) throws Exception {
        Path file = dir.resolve("demo.sangsaeng");
        DemoRound.createAt(file).close();
        RoundTransfer.publish(file, server);
        return server;
    }

    @Test
    void anotherProgramsCommitReachesTheOtherStoreWithinASecondButOwnWritesDoNot(ServerAddress server) throws Exception {
        published(server);
        try (ReviewStore writer = ReviewStore.openServer(server, null);
                ReviewStore reader = ReviewStore.openServer(server, null)) {
            CountDownLatch announced = new CountDownLatch(1);
            reader.watch(announced::countDown, up -> { });
            writer.watch(() -> { }, up -> { });
            long before = reader.dataVersion();

            long start = System.nanoTime();
            writer.settings().put("live.test", "1");
            assertThat(announced.await(1, TimeUnit.SECONDS)).as("announced within a second").isTrue();
            long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
            assertThat(reader.dataVersion()).isGreaterThan(before);
            assertThat(millis).isLessThan(1000);

            // The writer's own commit does not count as an outside change, as data_version on a file.
            Thread.sleep(ServerChanges.WAIT_MS * 3L);
            assertThat(writer.dataVersion()).isZero();
            // Reading announces nothing.
            long after = reader.dataVersion();
            writer.settings().get("live.test");
            Thread.sleep(ServerChanges.WAIT_MS * 3L);
            assertThat(reader.dataVersion()).isEqualTo(after);
        }
    }

    @Test
    void aReadSplitAcrossTwoConnectionsLeavesOwnWritesOwn(ServerAddress server) throws Exception {
        published(server);
        // Reviewer 20000 makes the round large enough for its scores to be read on two connections.
        try (Connection admin = server.connect(); Statement s = admin.createStatement()) {
            s.execute("INSERT INTO reviewer (id, name) VALUES (20000, '먼 번호 위원')");
            s.execute("INSERT INTO score (reviewer_id, submission_id, criterion_id, value, updated_at)"
                    + " SELECT 20000, submission_id, criterion_id, value, updated_at FROM score"
                    + " WHERE reviewer_id = (SELECT min(reviewer_id) FROM score)");
        }
        try (ReviewStore store = ReviewStore.openServer(server, null)) {
            store.watch(() -> { }, up -> { });
            assertThat(store.scores().findAllValues()).anyMatch(score -> score.reviewerId() == 20000);
            store.settings().put("live.test", "1");
            Thread.sleep(ServerChanges.WAIT_MS * 3L);
            assertThat(store.dataVersion()).as("its own commit is not an outside change").isZero();
        }
    }

    @Test
    void sortsConnectionFailuresForTheUser(ServerAddress server) throws Exception {
        assertThatThrownBy(() -> ReviewStore.openServer(server, null))
                .isInstanceOfSatisfying(ServerException.class,
                        e -> assertThat(e.reason()).isEqualTo(ServerException.Reason.NOT_A_ROUND));
        ServerAddress nobody = new ServerAddress("no_such_login", server.host(), server.port(), server.database());
        assertThatThrownBy(() -> ReviewStore.openServer(nobody, "secret".toCharArray()))
                .isInstanceOfSatisfying(ServerException.class, e -> {
                    assertThat(e.reason()).isEqualTo(ServerException.Reason.LOGIN_REFUSED);
                    assertThat(e.getMessage()).doesNotContain("secret");
                });
        assertThatThrownBy(() -> ReviewStore.openServer(server.withDatabase("no_such_db_here"), null))
                .isInstanceOfSatisfying(ServerException.class,
                        e -> assertThat(e.reason()).isEqualTo(ServerException.Reason.NO_DATABASE));
        ServerAddress closedPort = new ServerAddress(server.user(), "127.0.0.1", 1, server.database());
        assertThatThrownBy(() -> ReviewStore.openServer(closedPort, null))
                .isInstanceOfSatisfying(ServerException.class,
                        e -> assertThat(e.reason()).isEqualTo(ServerException.Reason.UNREACHABLE));
    }

    @Test
    void noticesALostConnectionReconnectsAndWritesAgain(ServerAddress server) throws Exception {
        published(server);
        try (ReviewStore store = ReviewStore.openServer(server, null)) {
            CountDownLatch lost = new CountDownLatch(1);
            CountDownLatch back = new CountDownLatch(1);
            AtomicInteger changes = new AtomicInteger();
            store.watch(changes::incrementAndGet, up -> (up ? back : lost).countDown());

            terminateBackends(server);
            assertThat(lost.await(5, TimeUnit.SECONDS)).as("loss noticed").isTrue();
            assertThat(back.await(10, TimeUnit.SECONDS)).as("reconnected").isTrue();
            assertThat(store.isConnected()).isTrue();
            store.settings().put("after.reconnect", "yes");
            assertThat(store.settings().get("after.reconnect")).contains("yes");
        }
    }

    @Test
    void aWriteAfterItsConnectionWasCutWhileIdleConnectsAgainAndIsSaved(ServerAddress server) throws Exception {
        published(server);
        try (ReviewStore store = ReviewStore.openServer(server, null)) {
            int pid;
            try (Statement s = store.connection().createStatement(); var rs = s.executeQuery("SELECT pg_backend_pid()")) {
                rs.next();
                pid = rs.getInt(1);
            }
            try (Connection admin = server.connect(); Statement s = admin.createStatement()) {
                s.execute("SELECT pg_terminate_backend(" + pid + ")");
            }
            // Nothing of the change had been sent when the cut was found (at BEGIN), so the store
            // connects again and saves it; a change cut while under way is refused (ServerFaultTest).
            store.settings().put("lost", "1");
            assertThat(store.settings().get("lost")).contains("1");
            try (Statement s = store.connection().createStatement(); var rs = s.executeQuery("SELECT pg_backend_pid()")) {
                rs.next();
                assertThat(rs.getInt(1)).as("a new connection").isNotEqualTo(pid);
            }
        }
    }

    /** Ends every other session on the round's database, as a server restart would. */
    static void terminateBackends(ServerAddress server) throws Exception {
        try (Connection admin = server.withDatabase("postgres").connect(); Statement s = admin.createStatement()) {
            s.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '"
                    + server.database() + "' AND pid <> pg_backend_pid()");
        }
    }
}
