package kr.sangsaeng.review.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import kr.sangsaeng.review.demo.DemoRound;
import kr.sangsaeng.review.model.Review;
import kr.sangsaeng.review.model.Reviewer;
import kr.sangsaeng.review.model.Score;
import kr.sangsaeng.review.service.PendingWrites.Outcome;
import kr.sangsaeng.review.service.PendingWrites.Why;
import kr.sangsaeng.review.store.ChildJvm;
import kr.sangsaeng.review.store.RoundTransfer;
import kr.sangsaeng.review.store.ServerAddress;
import kr.sangsaeng.review.store.TestServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Input made while the connection to a server round is lost survives the app going away without
 * sending it — closed, crashed or killed — and is sent when the round is next opened with the same
 * login, under the same rule as after a reconnect: a newer value saved on the server meanwhile stands
 * (docs/server-mode.md, "Kept on this computer"). Against the real test cluster.
 */
@ExtendWith(TestServer.class)
class PendingWritesOnDiskTest {
    @TempDir
    Path dir;

    private Path journals;
    private ServerAddress server;
    private OpenRound round;
    private Reviewer reviewer;
    private Actor me;
    private long case1;
    private long case2;
    private long crit1;

    @BeforeEach
    void publish(ServerAddress server) throws Exception {
        this.server = server;
        journals = dir.resolve("data").resolve("pending");
        Path file = dir.resolve("demo.sangsaeng");
        DemoRound.createAt(file).close();
        RoundTransfer.publish(file, server);
        round = RoundFiles.openServer(server.toString(), null);
        reviewer = round.reader().reviewers().get(0);
        me = Actor.reviewer(reviewer);
        round.meeting().pledge().confirm(reviewer.id(), me);
        case1 = round.reader().submissions().get(0).id();
        case2 = round.reader().submissions().get(1).id();
        crit1 = round.reader().criteria().get(0).id();
    }

    @Test
    void inputKeptWhileTheServerRefusedIsSavedWhenTheRoundIsNextOpened() throws Exception {
        assertThat(round.pending().keepOnDisk(journals)).isEqualTo(PendingWrites.Restored.NONE);
        TestServer.refuseConnections(server, true);
        try {
            assertThat(round.pending().score(me, reviewer.id(), case1, crit1, 2.0)).isEqualTo(Outcome.KEPT);
            assertThat(round.pending().review(me, new Review(reviewer.id(), case2, "연결이 끊긴 동안 쓴 의견", false, "",
                    false, Instant.now()))).isEqualTo(Outcome.KEPT);
            assertThat(round.pending().keptOnDisk()).isTrue();
        } finally {
            // As a crash would: the round goes away with the changes unsent.
            round.close();
            TestServer.refuseConnections(server, false);
        }

        round = RoundFiles.openServer(server.toString(), null);
        PendingWrites.Restored restored = round.pending().keepOnDisk(journals);
        assertThat(restored).isEqualTo(new PendingWrites.Restored(2, null, null));
        assertThat(round.pending().summary()).isEqualTo(new PendingWrites.Summary(1, 1, 0, 2));
        assertThat(round.pending().sendAll()).isEqualTo(new PendingWrites.Sent(2, 0, 0, 2, 0));

        try (OpenRound other = RoundFiles.openServer(server.toString(), null)) {
            assertThat(value(other.reader().scoresOf(reviewer.id()), case1)).isEqualTo(2.0);
            @SuppressWarnings("deprecation")
            String comment = other.store().reviews().find(reviewer.id(), case2).orElseThrow().comment();
            assertThat(comment).isEqualTo("연결이 끊긴 동안 쓴 의견");
        }
        assertThat(round.pending().summary()).isEqualTo(PendingWrites.Summary.NONE);
        assertThat(PendingJournal.fileFor(journals, server.toString())).doesNotExist();
    }

    @Test
    void anOlderKeptScoreDoesNotOverwriteANewerOneSavedOnTheServerMeanwhile() throws Exception {
        round.pending().keepOnDisk(journals);
        TestServer.refuseConnections(server, true);
        try {
            assertThat(round.pending().score(me, reviewer.id(), case1, crit1, 2.0)).isEqualTo(Outcome.KEPT);
            assertThat(round.pending().score(me, reviewer.id(), case2, crit1, 3.0)).isEqualTo(Outcome.KEPT);
        } finally {
            round.close();
            TestServer.refuseConnections(server, false);
        }
        // Meanwhile the reviewer scored the first cell again from another computer.
        try (OpenRound other = RoundFiles.openServer(server.toString(), null)) {
            Thread.sleep(2);
            other.scoring().score(me, reviewer.id(), case1, crit1, 5.0);
        }

        round = RoundFiles.openServer(server.toString(), null);
        assertThat(round.pending().keepOnDisk(journals).changes()).isEqualTo(2);
        assertThat(round.pending().sendAll()).isEqualTo(new PendingWrites.Sent(1, 1, 0, 1, 1));
        List<Score> scores = round.reader().scoresOf(reviewer.id());
        assertThat(value(scores, case1)).isEqualTo(5.0);
        assertThat(value(scores, case2)).isEqualTo(3.0);
        PendingWrites.Refusal refusal = round.pending().refused().get(0);
        assertThat(refusal.why()).isEqualTo(Why.NEWER);
        assertThat(((PendingWrites.ScoreChange) refusal.change()).value()).isEqualTo(2.0);
        assertThat(refusal.serverValue()).isEqualTo("5");
        // Reported as refused, it leaves the journal: nothing is offered again next time.
        assertThat(PendingJournal.fileFor(journals, server.toString())).doesNotExist();
    }

    @Test
    void aScoreKeptJustBeforeTheAppIsKilledIsSavedWhenTheRoundIsNextOpened() throws Exception {
        round.close();
        ChildJvm child = ChildJvm.start(PendingWriter.class, dir.resolve("child.log"), server.toString(),
                journals.toString(), me.name(), Long.toString(reviewer.id()), Long.toString(case1),
                Long.toString(crit1), "4");
        try {
            assertThat(child.awaitReady(60_000)).as("child started (see %s)", dir.resolve("child.log")).isTrue();
            long until = System.currentTimeMillis() + 60_000;
            while (child.lines().stream().noneMatch(l -> l.startsWith("kept ")) && System.currentTimeMillis() < until) {
                Thread.sleep(20);
            }
            assertThat(child.lines()).as("see %s", dir.resolve("child.log")).contains("kept KEPT");
            child.kill(); // SIGKILL right after the score was reported kept
        } finally {
            child.kill();
            TestServer.refuseConnections(server, false);
        }
        assertThat(Files.readString(PendingJournal.fileFor(journals, server.toString()))).contains("\"value\" : 4.0");

        round = RoundFiles.openServer(server.toString(), null);
        assertThat(round.pending().keepOnDisk(journals).changes()).isEqualTo(1);
        assertThat(round.pending().sendAll().restoredSaved()).isEqualTo(1);
        assertThat(value(round.reader().scoresOf(reviewer.id()), case1)).isEqualTo(4.0);
    }

    @Test
    void theJournalHoldsTheAddressAndLoginButNoPassword() throws Exception {
        round.close();
        // The test cluster trusts 127.0.0.1, so any typed password lets the login in.
        round = RoundFiles.openServer(server.toString(), "typed-secret-9".toCharArray());
        round.pending().keepOnDisk(journals);
        TestServer.refuseConnections(server, true);
        try {
            assertThat(round.pending().score(me, reviewer.id(), case1, crit1, 2.0)).isEqualTo(Outcome.KEPT);
        } finally {
            TestServer.refuseConnections(server, false);
        }
        Path journal = PendingJournal.fileFor(journals, server.toString());
        assertThat(journal.getFileName().toString()).startsWith(server.user() + "@" + server.host());
        assertThat(Files.readString(journal)).contains(server.toString());
        try (var files = Files.list(journals)) {
            for (Path f : files.toList()) {
                assertThat(Files.readString(f)).as(f.toString()).doesNotContain("typed-secret-9");
            }
        }
    }

    @AfterEach
    void close() {
        round.close();
    }

    private Double value(List<Score> scores, long submission) {
        return scores.stream().filter(s -> s.submissionId() == submission && s.criterionId() == crit1)
                .map(Score::value).findFirst().orElse(null);
    }
}
