package kr.sangsaeng.review.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import kr.sangsaeng.review.exchange.ImportKind;
import kr.sangsaeng.review.exchange.Progress;
import kr.sangsaeng.review.model.Criterion;
import kr.sangsaeng.review.model.Score;
import kr.sangsaeng.review.model.Submission;
import kr.sangsaeng.review.service.OpenRound;
import kr.sangsaeng.review.service.RoundFiles;
import kr.sangsaeng.review.synthetic.RoundSpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Faults on a server round (docs/server-mode.md, "Faults"): the server restarted while a reviewer
 * scores loses no acknowledged score and the store carries on by itself; a connection cut in the
 * middle of an import leaves the round as it was, and one cut in the middle of publish leaves nothing.
 */
@ExtendWith(TestServer.class)
class ServerFaultTest {
    @TempDir
    Path dir;

    @Test
    void aServerRestartDuringScoringLosesNoAcknowledgedScoreAndTheNextWriteSucceeds(ServerAddress server)
            throws Exception {
        assumeTrue(TestServer.clusterDir() != null, "needs SANGSAENG_TEST_PG_DIR to restart the server");
        TestServer.publishDemo(server, dir);

        Map<List<Long>, Double> acknowledged = new HashMap<>();
        List<Throwable> failures = new ArrayList<>();
        AtomicBoolean restarted = new AtomicBoolean();
        int afterRestart = 0;
        try (ReviewStore store = ReviewStore.openServer(server)) {
            long reviewer = store.reviewers().findAll().get(0).id();
            List<Submission> cases = store.submissions().findAll();
            List<Criterion> criteria = store.criteria().findAll();
            CompletableFuture<Void> restart = CompletableFuture.runAsync(() -> {
                sleep(300);
                TestServer.restart();
                restarted.set(true);
            });
            long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
            for (int i = 0; System.nanoTime() < end && afterRestart < 50; i++) {
                Submission s = cases.get(i % cases.size());
                Criterion c = criteria.get((i / cases.size()) % criteria.size());
                double value = c.min() + i % (int) (c.max() - c.min() + 1);
                boolean wasRestarted = restarted.get();
                try {
                    store.scores().put(new Score(reviewer, s.id(), c.id(), value, Instant.now()), "위원");
                    acknowledged.put(List.of(s.id(), c.id()), value);
                    if (wasRestarted) {
                        afterRestart++;
                    }
                } catch (StoreException e) {
                    failures.add(e);
                    sleep(50);
                }
            }
            restart.get(30, TimeUnit.SECONDS);
            assertThat(afterRestart).as("writes acknowledged after the restart").isEqualTo(50);
            assertThat(failures).as("writes refused while the server was down").allMatch(ConnectionLostException.class::isInstance);
        }
        try (ReviewStore check = ReviewStore.openServer(server)) {
            long reviewer = check.reviewers().findAll().get(0).id();
            for (Map.Entry<List<Long>, Double> e : acknowledged.entrySet()) {
                Optional<Score> stored = check.scores().find(reviewer, e.getKey().get(0), e.getKey().get(1));
                assertThat(stored).as("score " + e.getKey()).map(Score::value).contains(e.getValue());
            }
        }
    }

    @Test
    void aConnectionCutInTheMiddleOfAnImportLeavesTheRoundAsItWas(ServerAddress server) throws Exception {
        Path file = TestServer.publishDemo(server, dir);
        StringBuilder csv = new StringBuilder("ref,platform,title\n");
        for (int i = 0; i < 20_000; i++) {
            csv.append(String.format("2030-%05d,플랫폼 %d,사례 %d%n", i, i % 300, i));
        }
        Path cases = Files.writeString(dir.resolve("cases.csv"), csv);

        try (OpenRound round = RoundFiles.openServer(server)) {
            int before = round.store().submissions().count();
            int pid = backendPid(round.store());
            CompletableFuture<Boolean> cut = CompletableFuture.supplyAsync(() -> terminateInTransaction(server, pid));
            assertThatThrownBy(() -> round.imports().planAndApply(ImportKind.SUBMISSIONS, cases, Optional.empty(),
                    Progress.NONE, false)).isInstanceOf(ConnectionLostException.class);
            assertThat(cut.get(30, TimeUnit.SECONDS)).as("the import's connection was cut inside its transaction").isTrue();

            // Nothing of it arrived, and the same store imports the file whole once connected again.
            assertThat(round.store().submissions().count()).isEqualTo(before);
            assertThat(round.imports().planAndApply(ImportKind.SUBMISSIONS, cases, Optional.empty(), Progress.NONE, false)
                    .summary()).isPresent();
            assertThat(round.store().submissions().count()).isEqualTo(before + 20_000);
        }
    }

    @Test
    void aConnectionCutInTheMiddleOfPublishLeavesTheDatabaseEmpty(ServerAddress server) throws Exception {
        Path file = dir.resolve("large.sangsaeng");
        RoundFiles.createSynthetic(file, new RoundSpec(2_000, 20, 2, 5)).close();

        CompletableFuture<Boolean> cut = CompletableFuture.supplyAsync(() -> terminateWhileCopying(server, "score"));
        assertThatThrownBy(() -> RoundTransfer.publish(file, server)).isInstanceOf(ReviewFileException.class)
                .hasMessageContaining("Cannot publish");
        assertThat(cut.get(30, TimeUnit.SECONDS)).as("publish's connection was cut while it copied the scores").isTrue();

        // Nothing of it arrived, so the same database takes the round whole on a second try.
        try (Connection c = server.connect(); var s = c.createStatement(); ResultSet rs = s.executeQuery(
                "SELECT count(*) FROM pg_tables WHERE schemaname = current_schema()")) {
            rs.next();
            assertThat(rs.getInt(1)).as("tables left on the server").isZero();
        }
        assertThat(RoundTransfer.publish(file, server).rows().get("score")).isGreaterThan(10_000L);
    }

    /** Waits until another connection to the database is copying into {@code table}, then ends it. */
    private static boolean terminateWhileCopying(ServerAddress server, String table) {
        try (Connection c = server.connect(); PreparedStatement copying = c.prepareStatement(
                "SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()"
                        + " AND state = 'active' AND query LIKE ?");
                PreparedStatement kill = c.prepareStatement("SELECT pg_terminate_backend(?)")) {
            copying.setString(1, "COPY " + table + " %");
            long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(25);
            while (System.nanoTime() < end) {
                try (ResultSet rs = copying.executeQuery()) {
                    if (rs.next()) {
                        kill.setInt(1, rs.getInt(1));
                        kill.execute();
                        return true;
                    }
                }
                Thread.sleep(2);
            }
            return false;
        } catch (SQLException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    private static int backendPid(ReviewStore store) throws SQLException {
        try (var s = store.connection().createStatement(); ResultSet rs = s.executeQuery("SELECT pg_backend_pid()")) {
            rs.next();
            return rs.getInt(1);
        }
    }

    /** Waits until the backend has written inside an open transaction, then ends it as an administrator would. */
    private static boolean terminateInTransaction(ServerAddress server, int pid) {
        try (Connection c = server.connect(); PreparedStatement writing = c.prepareStatement(
                "SELECT backend_xid IS NOT NULL FROM pg_stat_activity WHERE pid = ?");
                PreparedStatement kill = c.prepareStatement("SELECT pg_terminate_backend(?)")) {
            writing.setInt(1, pid);
            long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(25);
            while (System.nanoTime() < end) {
                try (ResultSet rs = writing.executeQuery()) {
                    if (rs.next() && rs.getBoolean(1)) {
                        kill.setInt(1, pid);
                        kill.execute();
                        return true;
                    }
                }
                Thread.sleep(5);
            }
            return false;
        } catch (SQLException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
