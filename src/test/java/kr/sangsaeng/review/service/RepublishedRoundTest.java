package kr.sangsaeng.review.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import kr.sangsaeng.review.demo.DemoRound;
import kr.sangsaeng.review.model.Reviewer;
import kr.sangsaeng.review.service.PendingWrites.Outcome;
import kr.sangsaeng.review.store.Republish;
import kr.sangsaeng.review.store.RoundTransfer;
import kr.sangsaeng.review.store.ServerAddress;
import kr.sangsaeng.review.store.TestServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Changes kept on this computer for a round are never sent to another round that was published
 * later under the same address: its ids would name other cases (docs/server-mode.md, "Kept on this
 * computer"). Against the real test cluster: the database is dropped and published again under the
 * same name between the app closing with a score unsent and the round being opened again.
 */
@ExtendWith(TestServer.class)
class RepublishedRoundTest {
    @TempDir
    Path dir;

    @Test
    void aJournalOfTheRoundBeforeTheDatabaseWasPublishedAgainIsKeptAsideNotSent(ServerAddress server) throws Exception {
        Path journals = dir.resolve("pending");
        Path file = dir.resolve("demo.sangsaeng");
        DemoRound.createAt(file).close();
        RoundTransfer.publish(file, server);
        long reviewer;
        long case1;
        long criterion;
        double published;
        double typed;
        try (OpenRound round = RoundFiles.openServer(server.toString(), null)) {
            Reviewer r = round.reader().reviewers().get(0);
            reviewer = r.id();
            round.meeting().pledge().confirm(reviewer, Actor.reviewer(r));
            case1 = round.reader().submissions().get(0).id();
            criterion = round.reader().criteria().get(0).id();
            published = valueOf(round, reviewer, case1, criterion);
            typed = published == 2.0 ? 3.0 : 2.0;
            round.pending().keepOnDisk(journals);
            TestServer.refuseConnections(server, true);
            try {
                assertThat(round.pending().score(Actor.reviewer(r), reviewer, case1, criterion, typed)).isEqualTo(Outcome.KEPT);
            } finally {
                TestServer.refuseConnections(server, false);
            }
        }
        Path journal = PendingJournal.fileFor(journals, server.toString());
        byte[] kept = Files.readAllBytes(journal);

        Republish.dropAndPublishAgain(server, file);

        try (OpenRound again = RoundFiles.openServer(server.toString(), null)) {
            PendingWrites.Restored restored = again.pending().keepOnDisk(journals);
            assertThat(restored.changes()).isZero();
            assertThat(restored.problem()).isEqualTo(PendingWrites.JournalProblem.OTHER_ROUND);
            assertThat(restored.setAside()).hasBinaryContent(kept).hasParent(journals);
            assertThat(restored.setAside().getFileName().toString()).contains(".other-round-");
            assertThat(again.pending().summary()).isEqualTo(PendingWrites.Summary.NONE);
            assertThat(again.pending().sendAll().saved()).isZero();
            assertThat(valueOf(again, reviewer, case1, criterion)).as("the republished round's own score").isEqualTo(published);
        }
        assertThat(journal).doesNotExist();
        try (Stream<Path> files = Files.list(journals)) {
            assertThat(files.filter(p -> p.toString().endsWith(".json")).map(p -> p.getFileName().toString()))
                    .as("only the journal kept aside").singleElement().asString().contains(".other-round-");
        }
    }

    @Test
    void aRoundLeftOpenWhileItsDatabaseIsPublishedAgainSendsNothingToTheNewRound(ServerAddress server) throws Exception {
        Path journals = dir.resolve("pending");
        Path file = dir.resolve("demo.sangsaeng");
        DemoRound.createAt(file).close();
        RoundTransfer.publish(file, server);
        OpenRound round = RoundFiles.openServer(server.toString(), null);
        Reviewer r = round.reader().reviewers().get(0);
        long case1 = round.reader().submissions().get(0).id();
        long criterion = round.reader().criteria().get(0).id();
        round.meeting().pledge().confirm(r.id(), Actor.reviewer(r));
        double published = valueOf(round, r.id(), case1, criterion);
        double typed = published == 2.0 ? 3.0 : 2.0;
        round.pending().keepOnDisk(journals);
        try {
            Republish.dropAndPublishAgain(server, file);

            // The store does not take the new round for the one it opened: the score is kept, not sent.
            assertThat(round.pending().score(Actor.reviewer(r), r.id(), case1, criterion, typed)).isEqualTo(Outcome.KEPT);
            assertThat(round.pending().sendAll().saved()).isZero();
            assertThatThrownBy(() -> round.reader().submissions())
                    .satisfies(e -> assertThat(Failure.of(e).kind()).isEqualTo(Failure.Kind.SERVER_LOST));
        } finally {
            round.close();
        }
        try (OpenRound again = RoundFiles.openServer(server.toString(), null)) {
            assertThat(valueOf(again, r.id(), case1, criterion)).isEqualTo(published);
            PendingWrites.Restored restored = again.pending().keepOnDisk(journals);
            assertThat(restored.problem()).isEqualTo(PendingWrites.JournalProblem.OTHER_ROUND);
            assertThat(restored.changes()).isZero();
        }
    }

    private static double valueOf(OpenRound round, long reviewer, long submission, long criterion) {
        return round.reader().scoresOf(reviewer).stream()
                .filter(s -> s.submissionId() == submission && s.criterionId() == criterion)
                .findFirst().orElseThrow().value();
    }

    @Test
    @SuppressWarnings("deprecation")
    void theSameRoundOpenedAgainKeepsItsIdentity(ServerAddress server) throws Exception {
        Path file = dir.resolve("demo.sangsaeng");
        DemoRound.createAt(file).close();
        RoundTransfer.publish(file, server);
        String first;
        try (OpenRound round = RoundFiles.openServer(server.toString(), null)) {
            first = round.store().roundIdentity().orElseThrow();
        }
        try (OpenRound round = RoundFiles.openServer(server.toString(), null)) {
            assertThat(round.store().roundIdentity()).contains(first);
        }
        Republish.dropAndPublishAgain(server, file);
        try (OpenRound round = RoundFiles.openServer(server.toString(), null)) {
            assertThat(round.store().roundIdentity()).isPresent().get().isNotEqualTo(first);
        }
    }
}
