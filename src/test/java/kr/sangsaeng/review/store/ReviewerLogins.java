package kr.sangsaeng.review.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import kr.sangsaeng.review.model.Reviewer;

/**
 * The demo round published to the test server with server logins for its first two reviewers, no
 * review final yet; and plain SQL as any login, to show what the server itself allows
 * (docs/server-mode.md).
 */
record ReviewerLogins(long a, long b, ServerAddress asA, ServerAddress asB) {
    /** Logins named {@code prefix_a_…} and {@code prefix_b_…}, unique to the test's database. */
    static ReviewerLogins publishDemo(ServerAddress server, Path dir, String prefix) throws Exception {
        TestServer.publishDemo(server, dir);
        String suffix = server.database().substring(2, 10);
        long a;
        long b;
        try (ReviewStore secretary = ReviewStore.openServer(server)) {
            List<Reviewer> panel = secretary.reviewers().findAll();
            a = panel.get(0).id();
            b = panel.get(1).id();
            secretary.serverRoles().addReviewer(a, prefix + "_a_" + suffix);
            secretary.serverRoles().addReviewer(b, prefix + "_b_" + suffix);
        }
        sql(server, "UPDATE review SET final = 0");
        return new ReviewerLogins(a, b, as(server, prefix + "_a_" + suffix), as(server, prefix + "_b_" + suffix));
    }

    private static ServerAddress as(ServerAddress server, String login) {
        return new ServerAddress(login, server.host(), server.port(), server.database());
    }

    /** Runs an update as {@code as}; the rows it changed. */
    static int sql(ServerAddress as, String statement) throws SQLException {
        try (Connection c = as.connect(); Statement s = c.createStatement()) {
            return s.executeUpdate(statement);
        }
    }

    static long count(ServerAddress as, String query) throws SQLException {
        return Long.parseLong(text(as, query));
    }

    static String text(ServerAddress as, String query) throws SQLException {
        return texts(as, query).get(0);
    }

    static List<String> texts(ServerAddress as, String query) throws SQLException {
        try (Connection c = as.connect(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(query)) {
            List<String> rows = new ArrayList<>();
            while (rs.next()) {
                rows.add(rs.getString(1));
            }
            return rows;
        }
    }
}
