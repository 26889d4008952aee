package kr.sangsaeng.review.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import kr.sangsaeng.review.model.AuditEntry;
import kr.sangsaeng.review.model.Criterion;
import kr.sangsaeng.review.model.Score;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Who a server login is, enforced by the server (docs/server-mode.md): every audit row names the
 * login, the secretary's included, whatever the client sends; a removed login neither connects nor
 * writes, and its audit rows stay; a reviewer connects only to the rounds they sit on.
 */
@ExtendWith(TestServer.class)
class ServerLoginsTest {
    @TempDir
    Path dir;

    @Test
    void everyAuditRowNamesTheDatabaseLoginWhateverNameTheClientSends(ServerAddress server) throws Exception {
        publishDemo(server);
        ServerAddress reviewer = addLogin(server, 0, "rv_audit_");
        String insert = "INSERT INTO audit_log (at, actor, entity, entity_key, old_value, new_value)"
                + " VALUES ('2026-01-01T00:00:00Z', 'a name picked in a list', 'note', 'x', NULL, 'y')";
        sql(server, insert);
        assertThat(text(server, "SELECT actor FROM audit_log ORDER BY id DESC LIMIT 1")).isEqualTo(server.user());
        sql(reviewer, insert);
        assertThat(text(server, "SELECT actor FROM audit_log ORDER BY id DESC LIMIT 1")).isEqualTo(reviewer.user());

        // The secretary's own changes through the store name the secretary's login, not the name given.
        try (ReviewStore secretary = ReviewStore.openServer(server)) {
            long r = secretary.reviewers().findAll().get(0).id();
            long case1 = secretary.submissions().findByRef("2022-01").orElseThrow().id();
            Criterion c = secretary.criteria().findAll().get(0);
            secretary.scores().put(new Score(r, case1, c.id(), c.min(), Instant.now()), "간사");
            secretary.scores().delete(r, case1, c.id(), "간사");
            assertThat(secretary.audit().findAll()).filteredOn(e -> e.entity().equals("score")).last()
                    .extracting(AuditEntry::actor).isEqualTo(server.user());
            assertThat(secretary.audit().findAll()).noneMatch(e -> e.actor().equals("간사"));
        }
        // The history published from the file keeps the names it was written with.
        assertThat(count(server, "SELECT count(*) FROM audit_log WHERE actor NOT IN ('" + server.user() + "', '"
                + reviewer.user() + "')")).isPositive();
    }

    @Test
    void aRemovedLoginCanNoLongerConnectReadOrWriteAndItsAuditRowsStay(ServerAddress server) throws Exception {
        publishDemo(server);
        ServerAddress reviewer = addLogin(server, 0, "rv_gone_");
        long me;
        try (ReviewStore store = ReviewStore.openServer(reviewer)) {
            me = store.serverRoles().reviewerOf(reviewer.user()).orElseThrow();
            long case1 = store.submissions().findByRef("2022-01").orElseThrow().id();
            Criterion c = store.criteria().findAll().get(0);
            store.scores().put(new Score(me, case1, c.id(), c.max(), Instant.now()), "x");
        }
        try (Connection open = reviewer.connect(); Statement s = open.createStatement()) {
            try (ReviewStore secretary = ReviewStore.openServer(server)) {
                assertThat(secretary.serverRoles().removeReviewer(reviewer.user())).isEqualTo(me);
                assertThat(secretary.serverRoles().reviewerOf(reviewer.user())).isEmpty();
                assertThatThrownBy(() -> secretary.serverRoles().removeReviewer(reviewer.user()))
                        .isInstanceOf(IllegalArgumentException.class);
                assertThat(secretary.audit().findAll()).anyMatch(e -> e.actor().equals(reviewer.user())
                        && e.entity().equals("score"));
            }
            // A session still open from before is refused by the server at once.
            assertThatThrownBy(() -> s.executeUpdate("UPDATE score SET value = value WHERE reviewer_id = " + me))
                    .isInstanceOf(SQLException.class).hasMessageContaining("permission denied");
            assertThatThrownBy(() -> s.executeQuery("SELECT count(*) FROM submission"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("permission denied");
        }
        assertThatThrownBy(reviewer::connect).isInstanceOf(SQLException.class);
        assertThat(text(server, "SELECT rolcanlogin::text FROM pg_roles WHERE rolname = '" + reviewer.user() + "'"))
                .as("a login on no other round cannot log in at all").isEqualTo("false");
    }

    @Test
    void aReviewerConnectsOnlyToTheRoundsTheySitOn(ServerAddress roundA, ServerAddress roundB) throws Exception {
        publishDemo(roundA);
        publishDemo(roundB);
        ServerAddress onA = addLogin(roundA, 0, "rv_a_");
        ServerAddress sameLoginOnB = new ServerAddress(onA.user(), roundB.host(), roundB.port(), roundB.database());
        assertThat(count(onA, "SELECT count(*) FROM submission")).isPositive();
        assertThatThrownBy(sameLoginOnB::connect).isInstanceOf(SQLException.class)
                .hasMessageContaining("permission denied for database \"" + roundB.database() + "\"");

        // Sitting on B as well (the secretary adds them there), the same login connects to both.
        try (ReviewStore secretaryB = ReviewStore.openServer(roundB)) {
            secretaryB.serverRoles().addReviewer(secretaryB.reviewers().findAll().get(1).id(), onA.user());
        }
        assertThat(count(sameLoginOnB, "SELECT count(*) FROM submission")).isPositive();
        // Taken off B, it still sits on A and logs in there.
        try (ReviewStore secretaryB = ReviewStore.openServer(roundB)) {
            secretaryB.serverRoles().removeReviewer(onA.user());
        }
        assertThatThrownBy(sameLoginOnB::connect).isInstanceOf(SQLException.class);
        assertThat(count(onA, "SELECT count(*) FROM submission")).isPositive();
    }

    private void publishDemo(ServerAddress server) throws Exception {
        TestServer.publishDemo(server, dir);
        sql(server, "UPDATE review SET final = 0");
    }

    /** Gives the {@code index}th reviewer of the round a login of their own, unique to this test's database. */
    static ServerAddress addLogin(ServerAddress server, int index, String prefix) throws Exception {
        String login = prefix + server.database().substring(2, 10);
        try (ReviewStore secretary = ReviewStore.openServer(server)) {
            secretary.serverRoles().addReviewer(secretary.reviewers().findAll().get(index).id(), login);
        }
        return new ServerAddress(login, server.host(), server.port(), server.database());
    }

    static int sql(ServerAddress as, String statement) throws SQLException {
        try (Connection c = as.connect(); Statement s = c.createStatement()) {
            return s.executeUpdate(statement);
        }
    }

    private static long count(ServerAddress as, String query) throws SQLException {
        return Long.parseLong(text(as, query));
    }

    private static String text(ServerAddress as, String query) throws SQLException {
        try (Connection c = as.connect(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(query)) {
            rs.next();
            return rs.getString(1);
        }
    }
}
