package kr.sangsaeng.review.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * The schema of a server round: numbered migrations of its own under
 * {@code store/migrations/postgresql}, each recorded as a row of {@code schema_version}
 * (a server has no file header to hold the version, as a review file's user_version does).
 * Its tables are those of {@link Tables#ROUND}.
 */
final class ServerSchema {
    /**
     * File VN__*.sql brings a server round's schema to version N. Each file is applied once, in number order,
     * whenever its version is not yet recorded (see {@link #migrateInTransaction}).
     */
    static final List<String> MIGRATIONS = List.of("V1__init.sql", "V2__reviewer_roles.sql", "V3__meeting.sql",
            "V4__agenda_order.sql", "V5__meeting_roles_and_blind_views.sql", "V6__one_call_scores_and_logins.sql",
            "V7__newer_write_in_one_call.sql");
    static final int LATEST_VERSION = number(MIGRATIONS.get(MIGRATIONS.size() - 1));
    /** Any fixed number: serialises two programs migrating the same database at once. */
    private static final long MIGRATION_LOCK = 0x53535256L;

    private ServerSchema() {
    }

    /** The schema version of the database, 0 when it holds no round schema yet. */
    static int version(Connection c) throws SQLException {
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT to_regclass('schema_version') IS NOT NULL")) {
            rs.next();
            if (!rs.getBoolean(1)) {
                return 0;
            }
        }
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT coalesce(max(version), 0) FROM schema_version")) {
            rs.next();
            return rs.getInt(1);
        }
    }

    /**
     * What tells this round from another one published later under the same address: when its
     * schema was created here (the time, to the microsecond, recorded with its first migration by
     * publish or by an empty round's creation). A database dropped and published again gets a new
     * one; a copy of the same database (pg_dump and restore) keeps it. Null when none is recorded.
     * docs/server-mode.md, "Kept on this computer".
     */
    static String identity(Connection c) throws SQLException {
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT applied_at FROM schema_version ORDER BY version LIMIT 1")) {
            return rs.next() ? rs.getString(1) : null;
        }
    }

    /** Whether some migration of this app is not yet recorded in the database (which holds a round). */
    static boolean behind(Connection c) throws SQLException {
        java.util.Set<Integer> applied = applied(c);
        return MIGRATIONS.stream().anyMatch(f -> !applied.contains(number(f)));
    }

    /** Applies each missing migration in one transaction, each with its version row. */
    static void migrate(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("BEGIN");
            try {
                migrateInTransaction(c);
                s.execute("COMMIT");
            } catch (SQLException | RuntimeException e) {
                s.execute("ROLLBACK");
                throw e;
            }
        }
    }

    /** The same, inside the caller's open transaction (publish creates schema and rows at once). */
    static void migrateInTransaction(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("SELECT pg_advisory_xact_lock(" + MIGRATION_LOCK + ")");
            s.execute("CREATE TABLE IF NOT EXISTS schema_version (version integer PRIMARY KEY,"
                    + " applied_at text NOT NULL, applied_by text NOT NULL DEFAULT current_user)");
            int from = version(c);
            if (from > LATEST_VERSION) {
                throw new SQLException("The server round has schema version " + from
                        + "; this app knows up to " + LATEST_VERSION + ". Update the app.");
            }
            java.util.Set<Integer> applied = applied(c);
            for (String file : MIGRATIONS) {
                int v = number(file);
                if (applied.contains(v)) {
                    continue;
                }
                // The driver runs a whole script as one batch, PL/pgSQL bodies included.
                s.execute(read(file));
                try (PreparedStatement ps = c.prepareStatement(
                        "INSERT INTO schema_version (version, applied_at) VALUES (?, ?)")) {
                    ps.setInt(1, v);
                    ps.setString(2, java.time.Instant.now().toString());
                    ps.executeUpdate();
                }
            }
        }
    }

    /** The version a migration file brings the schema to: the N of VN__name.sql. */
    static int number(String fileName) {
        return Integer.parseInt(fileName.substring(1, fileName.indexOf("__")));
    }

    private static java.util.Set<Integer> applied(Connection c) throws SQLException {
        java.util.Set<Integer> versions = new java.util.HashSet<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT version FROM schema_version")) {
            while (rs.next()) {
                versions.add(rs.getInt(1));
            }
        }
        return versions;
    }

    private static String read(String fileName) {
        try (InputStream in = ServerSchema.class.getResourceAsStream("migrations/postgresql/" + fileName)) {
            if (in == null) {
                throw new IllegalStateException("Migration missing from the build: postgresql/" + fileName);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
