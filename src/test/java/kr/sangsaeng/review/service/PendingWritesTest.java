package kr.sangsaeng.review.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.time.Instant;
import java.util.List;
import kr.sangsaeng.review.format.Figures;
import kr.sangsaeng.review.model.AuditEntry;
import kr.sangsaeng.review.model.Review;
import kr.sangsaeng.review.model.Reviewer;
import kr.sangsaeng.review.model.Score;
import kr.sangsaeng.review.service.PendingWrites.Outcome;
import kr.sangsaeng.review.service.PendingWrites.Why;
import kr.sangsaeng.review.store.ServerAddress;
import kr.sangsaeng.review.store.TestServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Changes made while the connection to a server round is lost are kept, sent again in the order they
 * were made, each taken off the queue only once committed; a change the server refuses on return is
 * kept with the user's value and the reason, not dropped (docs/server-mode.md, "Connection lost").
 */
@ExtendWith(TestServer.class)
class PendingWritesTest {
    @TempDir
    Path dir;

    private ServerAddress server;
    private OpenRound round;
    private Reviewer reviewer;
    private long case1;
    private long case2;
    private long crit1;
    private long crit2;

    @BeforeEach
    void publish(ServerAddress server) throws Exception {
        this.server = server;
        TestServer.publishDemo(server, dir);
        round = RoundFiles.openServer(server.toString(), null);
        reviewer = round.reader().reviewers().get(0);
        round.meeting().pledge().confirm(reviewer.id(), Actor.reviewer(reviewer));
        case1 = round.reader().submissions().get(0).id();
        case2 = round.reader().submissions().get(1).id();
        crit1 = round.reader().criteria().get(0).id();
        crit2 = round.reader().criteria().get(1).id();
    }

    @Test
    void keepsChangesWhileTheServerIsAwayAndSendsThemInTheOrderMade() throws Exception {
        PendingWrites pending = round.pending();
        Actor me = Actor.reviewer(reviewer);
        Instant start = Instant.now();
        Double demo = value(round.reader().scoresOf(reviewer.id()), case2, crit2);
        double fresh = demo != null && demo == 1.0 ? 2.0 : 1.0; // a change the demo round does not hold already
        assertThat(pending.score(me, reviewer.id(), case1, crit1, 2.0)).isEqualTo(Outcome.SAVED);

        TestServer.refuseConnections(server, true);
        try {
            assertThat(pending.score(me, reviewer.id(), case1, crit1, 3.0)).isEqualTo(Outcome.KEPT);
            assertThat(pending.score(me, reviewer.id(), case1, crit1, 5.0)).isEqualTo(Outcome.KEPT);
            assertThat(pending.score(me, reviewer.id(), case2, crit2, fresh)).isEqualTo(Outcome.KEPT);
            assertThat(pending.review(me, new Review(reviewer.id(), case1, "적어 둔 의견", false, "", false, Instant.now())))
                    .isEqualTo(Outcome.KEPT);
            assertThat(pending.summary()).isEqualTo(new PendingWrites.Summary(3, 1, 0));
            // Trying while the server is still away sends nothing and loses nothing.
            assertThat(pending.sendAll()).isEqualTo(new PendingWrites.Sent(0, 0, 4));
        } finally {
            TestServer.refuseConnections(server, false);
        }

        assertThat(pending.sendAll()).isEqualTo(new PendingWrites.Sent(4, 0, 0));
        assertThat(pending.summary()).isEqualTo(PendingWrites.Summary.NONE);
        try (OpenRound other = RoundFiles.openServer(server.toString(), null)) {
            List<Score> scores = other.reader().scoresOf(reviewer.id());
            assertThat(value(scores, case1, crit1)).isEqualTo(5.0); // 3 then 5, as typed
            assertThat(value(scores, case2, crit2)).isEqualTo(fresh);
            assertThat(other.store().reviews().find(reviewer.id(), case1).orElseThrow().comment()).isEqualTo("적어 둔 의견");
            List<String> changesOfCell = other.store().audit().findAll().stream()
                    .filter(a -> a.entity().equals("score") && a.newValue() != null && a.at().isAfter(start))
                    .map(AuditEntry::newValue).toList();
            assertThat(changesOfCell).containsSubsequence("2", "3", "5", Figures.plain(fresh));
        }
    }

    @Test
    void aChangeRefusedOnReturnIsKeptWithTheUsersValueAndTheReason() throws Exception {
        PendingWrites pending = round.pending();
        Actor me = Actor.reviewer(reviewer);
        Reviewer second = round.reader().reviewers().get(1);
        round.meeting().pledge().confirm(second.id(), Actor.reviewer(second));

        TestServer.refuseConnections(server, true);
        try {
            assertThat(pending.score(me, reviewer.id(), case1, crit1, 3.0)).isEqualTo(Outcome.KEPT);
            assertThat(pending.score(me, reviewer.id(), case2, crit1, 4.0)).isEqualTo(Outcome.KEPT);
            assertThat(pending.score(Actor.reviewer(second), second.id(), case1, crit1, 2.0)).isEqualTo(Outcome.KEPT);
        } finally {
            TestServer.refuseConnections(server, false);
        }
        // Meanwhile, from another window: a newer score on the first cell, and the second reviewer's sheet finalised.
        try (OpenRound other = RoundFiles.openServer(server.toString(), null)) {
            Thread.sleep(2);
            other.scoring().score(me, reviewer.id(), case1, crit1, 5.0);
            other.scoring().finalise(Actor.reviewer(second), second.id());
        }

        assertThat(pending.sendAll()).isEqualTo(new PendingWrites.Sent(1, 2, 0));
        List<PendingWrites.Refusal> refused = pending.refused();
        assertThat(refused).extracting(PendingWrites.Refusal::why).containsExactly(Why.NEWER, Why.FINALISED);
        PendingWrites.ScoreChange newer = (PendingWrites.ScoreChange) refused.get(0).change();
        assertThat(newer.value()).isEqualTo(3.0); // the user's value, to be shown
        assertThat(refused.get(0).serverValue()).isEqualTo("5");
        assertThat(((PendingWrites.ScoreChange) refused.get(1).change()).value()).isEqualTo(2.0);
        assertThat(pending.summary()).isEqualTo(new PendingWrites.Summary(0, 0, 2));

        List<Score> scores = round.reader().scoresOf(reviewer.id());
        assertThat(value(scores, case1, crit1)).isEqualTo(5.0); // the newer write stands
        assertThat(value(scores, case2, crit1)).isEqualTo(4.0); // the one not refused is saved
        pending.dismissRefused();
        assertThat(pending.summary()).isEqualTo(PendingWrites.Summary.NONE);
    }

    @Test
    void aScoreTypedAfterTheServerRestartedIsSavedOnTheNewSessionNotKept() {
        assumeTrue(TestServer.clusterDir() != null, "needs SANGSAENG_TEST_PG_DIR to restart the server");
        Actor me = Actor.reviewer(reviewer);
        TestServer.restart(); // the round's session is gone; nothing has noticed yet
        assertThat(round.pending().score(me, reviewer.id(), case1, crit1, 1.0)).isEqualTo(Outcome.SAVED);
        assertThat(round.pending().summary()).isEqualTo(PendingWrites.Summary.NONE);
        assertThat(value(round.reader().scoresOf(reviewer.id()), case1, crit1)).isEqualTo(1.0);
    }

    @Test
    void aChangeSentTwiceAfterAnUncertainCommitFindsItselfAndIsNotRefused() {
        Actor me = Actor.reviewer(reviewer);
        Instant madeAt = Instant.now();
        round.scoring().scoreMadeAt(me, reviewer.id(), case1, crit1, 4.0, madeAt);
        round.scoring().scoreMadeAt(me, reviewer.id(), case1, crit1, 4.0, madeAt);
        assertThat(value(round.reader().scoresOf(reviewer.id()), case1, crit1)).isEqualTo(4.0);
    }

    @AfterEach
    void close() {
        round.close();
    }

    private static Double value(List<Score> scores, long submission, long criterion) {
        return scores.stream().filter(s -> s.submissionId() == submission && s.criterionId() == criterion)
                .map(Score::value).findFirst().orElse(null);
    }
}
