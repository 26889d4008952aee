package kr.sangsaeng.review.store;

import static kr.sangsaeng.review.store.ReviewerLogins.count;
import static kr.sangsaeng.review.store.ReviewerLogins.sql;
import static kr.sangsaeng.review.store.ReviewerLogins.text;
import static kr.sangsaeng.review.store.ReviewerLogins.texts;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import kr.sangsaeng.review.model.Submission;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The meeting's tables, blind mode and the decision record as the server enforces them for a
 * reviewer's login (server migration V5; docs/server-mode.md): each refusal shown with plain SQL.
 */
@ExtendWith(TestServer.class)
class ServerMeetingRolesTest {
    private static final String NOW = "'2026-12-01T00:00:00Z'";

    @TempDir
    Path dir;

    private ServerAddress server;
    private long a;
    private long b;
    private long case1;
    private ServerAddress asA;
    private ServerAddress asB;

    @BeforeEach
    void publishDemoWithTwoReviewerLogins(ServerAddress server) throws Exception {
        this.server = server;
        ReviewerLogins logins = ReviewerLogins.publishDemo(server, dir, "mt");
        a = logins.a();
        b = logins.b();
        asA = logins.asA();
        asB = logins.asB();
        case1 = count(server, "SELECT id FROM submission WHERE ref = '2022-01'");
    }

    @Test
    void aReviewerConfirmsThePledgeAndDeclaresAffiliationsAndConflictsForThemselvesOnly() throws Exception {
        sql(server, "DELETE FROM pledge_confirmation");
        assertThat(sql(asA, "INSERT INTO pledge_confirmation VALUES (" + a + ", '서약', 'a', " + NOW + ")")).isOne();
        assertRefusedByPolicy("INSERT INTO pledge_confirmation VALUES (" + b + ", '서약', 'a', " + NOW + ")");
        assertThatThrownBy(() -> sql(asA, "UPDATE pledge SET text = 'x'")).hasMessageContaining("permission denied");

        assertThat(sql(asA, "INSERT INTO affiliation (reviewer_id, name) VALUES (" + a + ", '쿠팡')")).isOne();
        assertRefusedByPolicy("INSERT INTO affiliation (reviewer_id, name) VALUES (" + b + ", '쿠팡')");

        sql(server, "INSERT INTO conflict VALUES (" + b + ", " + case1 + ", 'exclusion', '', '간사', " + NOW + ")"
                + " ON CONFLICT DO NOTHING");
        assertThat(sql(asA, "DELETE FROM conflict WHERE reviewer_id = " + b)).isZero();
        assertThat(sql(asA, "UPDATE conflict SET reason = 'x' WHERE reviewer_id = " + b)).isZero();
        assertRefusedByPolicy("INSERT INTO conflict VALUES (" + b + ", " + case1 + ", 'challenge', '', 'a', " + NOW + ")"
                + " ON CONFLICT DO NOTHING");
        assertThat(count(asA, "SELECT count(*) FROM conflict WHERE reviewer_id = " + b)).isPositive();
        assertThat(sql(asA, "INSERT INTO conflict VALUES (" + a + ", " + case1 + ", 'recusal', '', 'a', " + NOW + ")"
                + " ON CONFLICT (reviewer_id, submission_id) DO UPDATE SET kind = 'recusal'")).isOne();
    }

    @Test
    void privateNotesAreReadByTheirAuthorOnlySharedNotesByThePanelAndMinutesWrittenByTheSecretaryOnly()
            throws Exception {
        sql(server, "DELETE FROM case_note");
        sql(server, "INSERT INTO case_note VALUES ('m1', " + case1 + ", 'minutes', '간사', '회의록', " + NOW + ", " + NOW + ")");
        // The author the client sends is replaced by the login.
        sql(asA, "INSERT INTO case_note VALUES ('p1', " + case1 + ", 'private', '아무 이름', '내 메모', " + NOW + ", " + NOW + ")");
        sql(asA, "INSERT INTO case_note VALUES ('s1', " + case1 + ", 'shared', '아무 이름', '함께 볼 메모', " + NOW + ", " + NOW + ")");
        assertThat(text(server, "SELECT string_agg(DISTINCT author, ',') FROM case_note WHERE id IN ('p1', 's1')"))
                .isEqualTo(asA.user());

        assertThat(texts(asA, "SELECT id FROM case_note ORDER BY id")).containsExactly("m1", "p1", "s1");
        assertThat(texts(asB, "SELECT id FROM case_note ORDER BY id")).containsExactly("m1", "s1");
        assertThat(sql(asB, "UPDATE case_note SET text = 'x' WHERE id IN ('p1', 's1')")).isZero();
        assertThat(sql(asB, "DELETE FROM case_note WHERE id IN ('p1', 's1')")).isZero();
        assertThat(sql(asA, "UPDATE case_note SET text = '고친 메모' WHERE id = 's1'")).isOne();

        assertThat(sql(asA, "UPDATE case_note SET text = 'x' WHERE id = 'm1'")).isZero();
        assertThat(sql(asA, "DELETE FROM case_note WHERE id = 'm1'")).isZero();
        assertRefusedByPolicy("INSERT INTO case_note VALUES ('m2', " + case1 + ", 'minutes', 'a', 'x', " + NOW + ", " + NOW + ")");
        assertThatThrownBy(() -> sql(asA, "UPDATE case_note SET kind = 'minutes' WHERE id = 's1'"))
                .hasMessageContaining("row-level security");
        assertThat(text(server, "SELECT text FROM case_note WHERE id = 'm1'")).isEqualTo("회의록");
    }

    @Test
    void inBlindModeAReviewerReadsCasesThroughViewsWithoutPlatformNames() throws Exception {
        assertThatThrownBy(() -> count(asA, "SELECT count(*) FROM platform")).hasMessageContaining("permission denied");
        assertThat(texts(asA, "SELECT DISTINCT platform_name FROM case_seen")).doesNotContain("");

        sql(server, "UPDATE round SET blind_mode = 1");
        assertThatThrownBy(() -> count(asA, "SELECT count(*) FROM platform")).hasMessageContaining("permission denied");
        assertThat(texts(asA, "SELECT DISTINCT platform_name FROM case_seen")).containsExactly("");
        assertThat(texts(asA, "SELECT DISTINCT name FROM platform_seen")).containsExactly("");
        assertThat(texts(server, "SELECT DISTINCT platform_name FROM case_seen")).doesNotContain("");
        try (ReviewStore reviewer = ReviewStore.openServer(asA)) {
            List<Submission> cases = reviewer.submissions().findAll();
            assertThat(cases).hasSize((int) count(server, "SELECT count(*) FROM submission")).allMatch(s -> s.platformName().isEmpty());
        }
        try (ReviewStore secretary = ReviewStore.openServer(server)) {
            assertThat(secretary.submissions().findAll()).noneMatch(s -> s.platformName().isEmpty());
        }
    }

    @Test
    void aReviewerReadsTheDecisionRecordAndOthersScoresOnlyOnceTheirOwnReviewsAreFinal() throws Exception {
        sql(server, "INSERT INTO decision_record (created_at, record) VALUES (" + NOW + ", '{\"top\": [1, 2]}')");
        assertThat(count(asA, "SELECT count(*) FROM decision_record")).isZero();
        assertThat(count(asA, "SELECT count(*) FROM score WHERE reviewer_id = " + b)).isZero();
        assertThat(sql(asA, "UPDATE review SET final = 1 WHERE reviewer_id = " + a)).isPositive();
        assertThat(count(asA, "SELECT count(*) FROM decision_record")).isPositive();
        assertThat(count(asA, "SELECT count(*) FROM score WHERE reviewer_id = " + b)).isPositive();
        assertThat(count(asB, "SELECT count(*) FROM decision_record")).isZero();
    }

    @Test
    void theAuditLogNamesTheLoginOfAReviewersMeetingWrites() throws Exception {
        try (ReviewStore reviewer = ReviewStore.openServer(asA)) {
            reviewer.conflicts().put(new kr.sangsaeng.review.model.Conflict(a, case1,
                    kr.sangsaeng.review.model.ConflictKind.RECUSAL, "친족", "위원 이름", java.time.Instant.now()), "위원 이름");
        }
        assertThat(text(server, "SELECT actor FROM audit_log ORDER BY id DESC LIMIT 1")).isEqualTo(asA.user());
    }

    private void assertRefusedByPolicy(String statement) {
        assertThatThrownBy(() -> sql(asA, statement)).as(statement).isInstanceOf(SQLException.class)
                .hasMessageContaining("row-level security");
    }
}
