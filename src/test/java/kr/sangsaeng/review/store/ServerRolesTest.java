package kr.sangsaeng.review.store;

import static kr.sangsaeng.review.store.ReviewerLogins.count;
import static kr.sangsaeng.review.store.ReviewerLogins.sql;
import static kr.sangsaeng.review.store.ReviewerLogins.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import kr.sangsaeng.review.model.Criterion;
import kr.sangsaeng.review.model.Score;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * A reviewer's login connects with plain SQL and is refused by the server itself whatever it tries
 * outside its own scores and reviews (docs/server-mode.md).
 */
@ExtendWith(TestServer.class)
class ServerRolesTest {
    @TempDir
    Path dir;

    private ServerAddress server;
    private long a;
    private long b;
    private ServerAddress asA;

    @BeforeEach
    void publishDemoWithTwoReviewerLogins(ServerAddress server) throws Exception {
        this.server = server;
        ReviewerLogins logins = ReviewerLogins.publishDemo(server, dir, "rv");
        a = logins.a();
        b = logins.b();
        asA = logins.asA();
    }

    @Test
    void aReviewerCannotReadOtherReviewersScoresReviewsOrAuditRowsBeforeFinalising() throws Exception {
        assertThat(count(server, "SELECT count(*) FROM score WHERE reviewer_id = " + b)).isPositive();
        assertThat(count(asA, "SELECT count(*) FROM score WHERE reviewer_id = " + b)).isZero();
        assertThat(count(asA, "SELECT count(*) FROM review WHERE reviewer_id = " + b)).isZero();
        assertThat(count(asA, "SELECT count(*) FROM score WHERE reviewer_id = " + a)).isPositive();
        assertThat(count(asA, "SELECT count(*) FROM audit_log WHERE actor <> session_user")).isZero();

        sql(asA, "UPDATE review SET final = 1 WHERE reviewer_id = " + a);
        assertThat(count(asA, "SELECT count(*) FROM score WHERE reviewer_id = " + b)).isPositive();
    }

    @Test
    void aReviewerWritesOnlyTheirOwnScoresAndReviews() throws Exception {
        String before = text(server, "SELECT string_agg(value::text, ',' ORDER BY submission_id, criterion_id) FROM score"
                + " WHERE reviewer_id = " + b);
        assertThatThrownBy(() -> sql(asA, "INSERT INTO score (reviewer_id, submission_id, criterion_id, value, updated_at)"
                + " SELECT " + b + ", s.id, c.id, c.scale_min, 'x' FROM submission s, criterion c"
                + " ON CONFLICT DO NOTHING")).isInstanceOf(SQLException.class).hasMessageContaining("row-level security");
        assertThat(sql(asA, "UPDATE score SET value = value WHERE reviewer_id = " + b)).isZero();
        assertThat(sql(asA, "DELETE FROM score WHERE reviewer_id = " + b)).isZero();
        assertThat(sql(asA, "UPDATE review SET comment = 'x' WHERE reviewer_id = " + b)).isZero();
        assertThatThrownBy(() -> sql(asA, "UPDATE score SET reviewer_id = " + b + " WHERE reviewer_id = " + a))
                .hasMessageContaining("row-level security");
        assertThat(text(server, "SELECT string_agg(value::text, ',' ORDER BY submission_id, criterion_id) FROM score"
                + " WHERE reviewer_id = " + b)).isEqualTo(before);
        assertThat(sql(asA, "UPDATE score SET value = value WHERE reviewer_id = " + a)).isPositive();
    }

    @Test
    void aReviewerCannotChangeTheRoundOrTheRoles() throws Exception {
        for (String statement : List.of("UPDATE submission SET title = 'x'", "DELETE FROM decision",
                "UPDATE criterion SET weight = 0", "INSERT INTO reviewer_login VALUES ('x', " + b + ")",
                "UPDATE audit_log SET actor = 'x'", "DELETE FROM audit_log")) {
            assertThatThrownBy(() -> sql(asA, statement)).as(statement).hasMessageContaining("permission denied");
        }
    }

    @Test
    void aReviewersAuditRowsNameTheirLoginAndTheStoreWorksForThem() throws Exception {
        try (ReviewStore reviewer = ReviewStore.openServer(asA)) {
            Criterion first = reviewer.criteria().findAll().get(0);
            long case1 = reviewer.submissions().findByRef("2022-01").orElseThrow().id();
            reviewer.scores().put(new Score(a, case1, first.id(), first.min(), Instant.now()), "a name picked in a list");
            assertThat(reviewer.scores().findAll()).allMatch(s -> s.reviewerId() == a);
            assertThatThrownBy(() -> reviewer.scores().put(new Score(b, case1, first.id(), first.min(), Instant.now()), "x"))
                    .isInstanceOf(StoreException.class);
        }
        assertThat(text(server, "SELECT actor FROM audit_log ORDER BY id DESC LIMIT 1")).isEqualTo(asA.user());
    }

    @Test
    void aReviewersReadOfALargeRoundGetsOnlyTheirOwnScoresOnBothConnections() throws Exception {
        // Reviewer 20000 makes the round large enough for its scores to be read in two halves on two connections.
        sql(server, "INSERT INTO reviewer (id, name) VALUES (20000, '먼 번호 위원')");
        sql(server, "INSERT INTO score (reviewer_id, submission_id, criterion_id, value, updated_at)"
                + " SELECT 20000, submission_id, criterion_id, value, updated_at FROM score WHERE reviewer_id = " + b);
        long own = count(server, "SELECT count(*) FROM score WHERE reviewer_id = " + a);
        try (ReviewStore reviewer = ReviewStore.openServer(asA)) {
            List<Score> values = reviewer.scores().findAllValues();
            assertThat(values).hasSize((int) own).allMatch(s -> s.reviewerId() == a);
        }
    }
}
