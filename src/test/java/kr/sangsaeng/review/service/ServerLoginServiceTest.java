package kr.sangsaeng.review.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import kr.sangsaeng.review.demo.DemoRound;
import kr.sangsaeng.review.model.Criterion;
import kr.sangsaeng.review.model.Reviewer;
import kr.sangsaeng.review.model.Score;
import kr.sangsaeng.review.service.ServerLoginService.LoginRefusedException;
import kr.sangsaeng.review.service.ServerLoginService.LoginRefusedException.Reason;
import kr.sangsaeng.review.service.ServerLoginService.ReviewerLogin;
import kr.sangsaeng.review.store.RoundTransfer;
import kr.sangsaeng.review.store.ServerAddress;
import kr.sangsaeng.review.store.TestServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The secretary gives reviewers logins of their own and takes them off (docs/server-mode.md, "Roles
 * enforced by the server"), against the real test cluster: the login then connects and the server
 * lets it save only its own reviewer's scores; bad input is refused with nothing changed.
 */
@ExtendWith(TestServer.class)
class ServerLoginServiceTest {
    private static final List<OpenRound> opened = new java.util.ArrayList<>();

    @TempDir
    Path dir;

    @org.junit.jupiter.api.AfterEach
    void closeOpened() {
        opened.forEach(OpenRound::close);
        opened.clear();
    }

    @Test
    void aGivenLoginIsListedConnectsAndSavesOnlyItsOwnScoresUntilItIsTakenOff(ServerAddress server) throws Exception {
        publishDemo(server);
        String login = "rv_svc_" + server.database().substring(2, 10);
        ServerAddress asReviewer = new ServerAddress(login, server.host(), server.port(), server.database());
        Reviewer me;
        Reviewer other;
        try (OpenRound secretary = RoundFiles.openServer(server)) {
            ServerLoginService logins = secretary.logins();
            assertThat(logins.canManage()).as("the database's owner is the secretary").isTrue();
            List<ReviewerLogin> before = logins.reviewers();
            assertThat(before).hasSize(3).noneMatch(ReviewerLogin::hasLogin);
            assertThat(before).extracting(ReviewerLogin::suggestion).containsExactly("kim_seoyeon", "park_junho", "lee_haeun");
            me = before.get(1).reviewer();
            other = before.get(0).reviewer();
            // So that only the server's rule can refuse the reviewer's write to the other's score below.
            secretary.meeting().pledge().confirm(other.id(), Actor.reviewer(other));

            assertThat(logins.give(Actor.SECRETARY, me.name(), login)).isEqualTo(me);
            assertThat(logins.reviewers()).extracting(ReviewerLogin::login).containsExactly("", login, "");
            assertThat(secretary.store().audit().findAll()).anyMatch(e -> e.entity().equals("reviewer_login")
                    && e.entityKey().equals(login) && me.name().equals(e.newValue()));
        }

        try (OpenRound reviewer = RoundFiles.openServer(asReviewer)) {
            assertThat(reviewer.logins().canManage()).as("a reviewer is not the secretary").isFalse();
            assertThatThrownBy(() -> reviewer.logins().give(new Actor(login), me.name(), login + "x"))
                    .isInstanceOfSatisfying(LoginRefusedException.class, e -> assertThat(e.reason()).isEqualTo(Reason.NOT_SECRETARY));
            long target = reviewer.reader().submissions().get(0).id();
            Criterion c = reviewer.reader().criteria().get(0);
            Actor actor = new Actor(login);
            reviewer.meeting().pledge().confirm(me.id(), actor);
            double mine = ownValue(reviewer, me.id(), target, c) == c.min() ? c.max() : c.min();
            assertThat(reviewer.scoring().score(actor, me.id(), target, c.id(), mine)).isTrue();
            double othersBefore = ownValue(secretaryView(server), other.id(), target, c);
            double othersNew = othersBefore == c.min() ? c.max() : c.min();
            assertThatThrownBy(() -> reviewer.scoring().score(actor, other.id(), target, c.id(), othersNew))
                    .as("another reviewer's score").hasMessageContaining("row-level security");
            assertThat(ownValue(secretaryView(server), other.id(), target, c)).isEqualTo(othersBefore);
            assertThat(reviewer.reader().scoresOf(me.id())).anyMatch(s -> s.submissionId() == target
                    && s.criterionId() == c.id() && s.value() == mine);
        }

        try (OpenRound secretary = RoundFiles.openServer(server)) {
            assertThat(secretary.logins().takeOff(Actor.SECRETARY, login)).isEqualTo(me);
            assertThat(secretary.logins().reviewers()).noneMatch(ReviewerLogin::hasLogin);
        }
        assertThatThrownBy(() -> connect(asReviewer)).as("taken off, the login no longer connects").isInstanceOf(SQLException.class);

        // Given again (to the same reviewer), the login that was made unable to log in connects again.
        try (OpenRound secretary = RoundFiles.openServer(server)) {
            secretary.logins().give(Actor.SECRETARY, me.name(), login);
        }
        connect(asReviewer).close();
    }

    @Test
    void badLoginsUnknownReviewersAndTakenLoginsAreRefusedWithNothingChanged(ServerAddress server) throws Exception {
        publishDemo(server);
        String login = "rv_bad_" + server.database().substring(2, 10);
        try (OpenRound secretary = RoundFiles.openServer(server)) {
            ServerLoginService logins = secretary.logins();
            List<Reviewer> panel = secretary.reader().reviewers();
            String first = panel.get(0).name();
            logins.give(Actor.SECRETARY, first, login);
            int audit = secretary.store().audit().count();

            assertRefused(() -> logins.give(Actor.SECRETARY, first, "Kim"), Reason.MALFORMED,
                    "A login is lower-case letters, digits and _ (at most 63), not starting with a digit: Kim");
            assertRefused(() -> logins.give(Actor.SECRETARY, first, "1kim"), Reason.MALFORMED, "1kim");
            assertRefused(() -> logins.give(Actor.SECRETARY, first, "kim; drop table score"), Reason.MALFORMED, "drop");
            assertRefused(() -> logins.give(Actor.SECRETARY, "없는 위원", login + "_2"), Reason.NO_SUCH_REVIEWER,
                    "No reviewer '없는 위원' in this round");
            assertRefused(() -> logins.give(Actor.SECRETARY, panel.get(1).name(), login), Reason.TAKEN,
                    "The login " + login + " already belongs to " + first + " in this round");
            assertRefused(() -> logins.give(Actor.SECRETARY, first, login + "_2"), Reason.HAS_LOGIN,
                    first + " already signs in as " + login + "; take that login off first");
            assertRefused(() -> logins.give(Actor.SECRETARY, panel.get(1).name(), server.user()), Reason.SECRETARYS,
                    server.user() + " is the secretary's login");
            assertRefused(() -> logins.takeOff(Actor.SECRETARY, "nobody_here"), Reason.NOT_SIGNED_IN,
                    "No reviewer of this round signs in as nobody_here");

            assertThat(logins.reviewers()).extracting(ReviewerLogin::login).containsExactly(login, "", "");
            assertThat(secretary.store().audit().count()).as("nothing refused is audited").isEqualTo(audit);
        }
    }

    @Test
    void aReviewFileHasNoLogins() throws Exception {
        Path file = dir.resolve("demo.sangsaeng");
        DemoRound.createAt(file).close();
        try (OpenRound round = RoundFiles.openForReading(file)) {
            assertThat(round.logins().canManage()).isFalse();
            assertRefused(() -> round.logins().reviewers(), Reason.NOT_A_SERVER, "only for a round on a server");
        }
    }

    @Test
    void theSuggestedLoginIsTheRomanisedNameOrReviewerN() {
        assertThat(LoginSuggestion.of("김위원", 4, List.of())).isEqualTo("kim_wiwon");
        assertThat(LoginSuggestion.of("김서연 (예시 위원장)", 1, List.of())).isEqualTo("kim_seoyeon");
        assertThat(LoginSuggestion.of("이하은", 3, List.of())).isEqualTo("lee_haeun");
        assertThat(LoginSuggestion.of("Jane O'Neil", 2, List.of())).isEqualTo("jane_o_neil");
        assertThat(LoginSuggestion.of("7번 위원", 7, List.of())).isEqualTo("reviewer_7");
        assertThat(LoginSuggestion.of("—", 9, List.of())).isEqualTo("reviewer_9");
        assertThat(LoginSuggestion.of("김위원", 4, List.of("kim_wiwon", "kim_wiwon_2"))).isEqualTo("kim_wiwon_3");
        assertThat(LoginSuggestion.of("가".repeat(40), 1, List.of())).hasSizeLessThanOrEqualTo(63).matches("[a-z_][a-z0-9_]*");
    }

    private static void assertRefused(Runnable work, Reason reason, String sentence) {
        assertThatThrownBy(work::run).isInstanceOfSatisfying(LoginRefusedException.class, e -> {
            assertThat(e.reason()).isEqualTo(reason);
            assertThat(e.getMessage()).contains(sentence);
        });
    }

    private static double ownValue(OpenRound round, long reviewer, long target, Criterion c) {
        return round.reader().scoresOf(reviewer).stream().filter(s -> s.submissionId() == target && s.criterionId() == c.id())
                .mapToDouble(Score::value).findFirst().orElse(c.max());
    }

    /** The round as its secretary reads it now. */
    private static OpenRound secretaryView(ServerAddress server) throws Exception {
        OpenRound round = RoundFiles.openServer(server);
        opened.add(round);
        return round;
    }

    private static Connection connect(ServerAddress as) throws SQLException {
        return DriverManager.getConnection("jdbc:postgresql://" + as.host() + ":" + as.port() + "/" + as.database(),
                as.user(), null);
    }

    private void publishDemo(ServerAddress server) throws Exception {
        Path file = dir.resolve(server.database() + ".sangsaeng");
        DemoRound.createAt(file).close();
        RoundTransfer.publish(file, server);
        try (Connection c = connect(server); Statement s = c.createStatement()) {
            s.executeUpdate("UPDATE review SET final = 0");
        }
    }
}
