package kr.sangsaeng.review.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import kr.sangsaeng.review.model.AuditEntry;
import kr.sangsaeng.review.model.Criterion;
import kr.sangsaeng.review.model.Reviewer;
import kr.sangsaeng.review.model.Score;
import kr.sangsaeng.review.model.Submission;
import kr.sangsaeng.review.store.ServerAddress;
import kr.sangsaeng.review.store.TestServer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * A reviewer's two windows on a server round (docs/server-mode.md): two connections of the same
 * login save the same score; the later write wins and the audit holds both, each with the value it
 * replaced, so no write is lost even when they arrive at the same moment.
 */
@ExtendWith(TestServer.class)
class ServerTwoWindowsTest {
    @TempDir
    Path dir;

    private ServerAddress asReviewer;
    private Reviewer me;
    private Submission target;
    private Criterion criterion;

    @BeforeEach
    void publishWithAReviewerLogin(ServerAddress server) throws Exception {
        TestServer.publishDemo(server, dir);
        String login = "rv_two_" + server.database().substring(2, 10);
        try (OpenRound secretary = RoundFiles.openServer(server)) {
            me = secretary.store().reviewers().findAll().get(0);
            secretary.store().serverRoles().addReviewer(me.id(), login);
            target = secretary.store().submissions().findByRef("2022-01").orElseThrow();
            criterion = secretary.store().criteria().findAll().get(0);
        }
        try (Connection c = DriverManager.getConnection("jdbc:postgresql://" + server.host() + ":" + server.port() + "/"
                + server.database(), server.user(), null); Statement s = c.createStatement()) {
            s.executeUpdate("UPDATE review SET final = 0");
        }
        asReviewer = new ServerAddress(login, server.host(), server.port(), server.database());
        try (OpenRound round = RoundFiles.openServer(asReviewer)) {
            round.meeting().pledge().confirm(me.id(), Actor.reviewer(me));
        }
    }

    @Test
    void theLaterOfTwoWindowsWritesWinsAndBothAreAudited() throws Exception {
        try (OpenRound first = RoundFiles.openServer(asReviewer); OpenRound second = RoundFiles.openServer(asReviewer)) {
            double before = stored(first);
            double v1 = before == criterion.min() ? criterion.max() : criterion.min();
            double v2 = criterion.min() + 1;
            assertThat(first.scoring().score(Actor.reviewer(me), me.id(), target.id(), criterion.id(), v1)).isTrue();
            assertThat(second.scoring().score(Actor.reviewer(me), me.id(), target.id(), criterion.id(), v2)).isTrue();

            assertThat(stored(first)).isEqualTo(v2);
            assertThat(stored(second)).isEqualTo(v2);
            List<AuditEntry> writes = scoreAudit(second);
            assertThat(writes).hasSizeGreaterThanOrEqualTo(2);
            AuditEntry earlier = writes.get(writes.size() - 2);
            AuditEntry later = writes.get(writes.size() - 1);
            assertThat(earlier.newValue()).isEqualTo(number(v1));
            assertThat(later.oldValue()).isEqualTo(number(v1));
            assertThat(later.newValue()).isEqualTo(number(v2));
            assertThat(List.of(earlier.actor(), later.actor())).containsOnly(asReviewer.user());
        }
    }

    @Test
    void twoWindowsWritingAtTheSameMomentLoseNoWrite() throws Exception {
        int writes = 40;
        try (OpenRound first = RoundFiles.openServer(asReviewer); OpenRound second = RoundFiles.openServer(asReviewer)) {
            int auditBefore = scoreAudit(first).size();
            CompletableFuture<Integer> a = CompletableFuture.supplyAsync(() -> write(first, criterion.min(), writes));
            CompletableFuture<Integer> b = CompletableFuture.supplyAsync(() -> write(second, criterion.max(), writes));
            int changed = a.get(60, TimeUnit.SECONDS) + b.get(60, TimeUnit.SECONDS);

            List<AuditEntry> audit = scoreAudit(first);
            List<AuditEntry> ours = audit.subList(auditBefore, audit.size());
            assertThat(ours).as("one audit row per write that changed the score").hasSize(changed);
            // Applied one after the other: each row replaced the value the row before it wrote.
            for (int i = 1; i < ours.size(); i++) {
                assertThat(ours.get(i).oldValue()).as("audit row " + i).isEqualTo(ours.get(i - 1).newValue());
            }
            assertThat(ours.get(ours.size() - 1).newValue()).isEqualTo(number(stored(second)));
        }
    }

    /** Saves the cell {@code times} times, alternating between {@code value} and the middle of the scale. */
    private int write(OpenRound window, double value, int times) {
        int changed = 0;
        double middle = Math.floor((criterion.min() + criterion.max()) / 2);
        for (int i = 0; i < times; i++) {
            if (window.scoring().score(Actor.reviewer(me), me.id(), target.id(), criterion.id(), i % 2 == 0 ? value : middle)) {
                changed++;
            }
        }
        return changed;
    }

    private double stored(OpenRound window) {
        return window.reader().scoresOf(me.id()).stream()
                .filter(s -> s.submissionId() == target.id() && s.criterionId() == criterion.id())
                .mapToDouble(Score::value).findFirst().orElse(Double.NaN);
    }

    private List<AuditEntry> scoreAudit(OpenRound window) {
        String key = target.ref() + "/" + criterion.key() + "/" + me.name();
        return new ArrayList<>(window.reader().historyOf(target.ref()).stream()
                .filter(e -> e.entity().equals("score") && e.entityKey().equals(key)).toList());
    }

    private static String number(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
    }
}
