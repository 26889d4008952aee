package kr.sangsaeng.review.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import kr.sangsaeng.review.model.Criterion;
import kr.sangsaeng.review.model.Reviewer;
import kr.sangsaeng.review.store.ReviewLockedException;
import kr.sangsaeng.review.store.ServerAddress;
import kr.sangsaeng.review.store.TestServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * On a server round the server checks a score in the call that saves it (docs/server-mode.md,
 * "Saving a score: one round trip"); the service still refuses what it refuses on a file, with the
 * same exceptions, and writes nothing then.
 */
@ExtendWith(TestServer.class)
class ServerScoringRulesTest {
    @TempDir
    Path dir;

    @Test
    void theServiceRefusesAnUnconfirmedPledgeAValueOffTheScaleAndAFinalSheet(ServerAddress server) throws Exception {
        TestServer.publishDemo(server, dir);
        try (Connection c = DriverManager.getConnection("jdbc:postgresql://" + server.host() + ":" + server.port() + "/"
                + server.database(), server.user(), null); Statement s = c.createStatement()) {
            s.executeUpdate("UPDATE review SET final = 0");
            s.executeUpdate("DELETE FROM pledge_confirmation");
        }
        try (OpenRound round = RoundFiles.openServer(server)) {
            ScoringService scoring = round.scoring();
            Reviewer r = round.store().reviewers().findAll().get(0);
            long target = round.store().submissions().findByRef("2022-01").orElseThrow().id();
            Criterion c = round.store().criteria().findAll().get(0);
            Actor actor = Actor.reviewer(r);
            int audit = round.store().audit().count();
            assertThat(round.meeting().pledge().current()).as("the demo round has a pledge").isPresent();

            assertThatThrownBy(() -> scoring.score(actor, r.id(), target, c.id(), c.min()))
                    .isInstanceOf(PledgeRequiredException.class).hasMessageContaining(r.name());
            round.meeting().pledge().confirm(r.id(), actor);
            audit = round.store().audit().count();
            assertThatThrownBy(() -> scoring.score(actor, r.id(), target, c.id(), c.max() + 1))
                    .isInstanceOf(OutOfScaleException.class);
            assertThatThrownBy(() -> scoring.score(actor, r.id(), target, 999_999, c.min()))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("No criterion");
            assertThat(round.store().audit().count()).as("nothing refused is audited").isEqualTo(audit);

            double other = round.reader().scoresOf(r.id()).stream()
                    .anyMatch(s -> s.submissionId() == target && s.criterionId() == c.id() && s.value() == c.min())
                    ? c.max() : c.min();
            assertThat(scoring.score(actor, r.id(), target, c.id(), other)).isTrue();
            assertThat(scoring.score(actor, r.id(), target, c.id(), other)).as("the same value again").isFalse();
            assertThat(round.store().audit().count()).isEqualTo(audit + 1);

            scoring.finalise(actor, r.id());
            assertThatThrownBy(() -> scoring.score(actor, r.id(), target, c.id(), c.min() + c.max() - other))
                    .isInstanceOf(ReviewLockedException.class);
        }
    }
}
