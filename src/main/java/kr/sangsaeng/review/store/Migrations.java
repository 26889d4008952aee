package kr.sangsaeng.review.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** Brings a review file's schema up to {@link Schema#LATEST_VERSION}, one migration per transaction. */
final class Migrations {
    private Migrations() {
    }

    static void migrate(Connection c, int fromVersion) throws SQLException {
        for (int v = fromVersion + 1; v <= Schema.LATEST_VERSION; v++) {
            apply(c, v, Schema.MIGRATIONS.get(v - 1));
        }
    }

    /*
     * BEGIN/COMMIT are plain statements (see Db.outermost for why not the driver's commit()); the
     * header fields are part of the transaction, so a failed migration leaves the old version.
     */
    private static void apply(Connection c, int version, String fileName) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("BEGIN IMMEDIATE");
            try {
                for (String sql : statements(read(fileName))) {
                    s.executeUpdate(sql);
                }
                s.executeUpdate("PRAGMA application_id = " + Schema.APPLICATION_ID);
                s.executeUpdate("PRAGMA user_version = " + version);
                s.execute("COMMIT");
            } catch (SQLException | RuntimeException e) {
                s.execute("ROLLBACK");
                throw e;
            }
        }
    }

    private static String read(String fileName) {
        try (InputStream in = Migrations.class.getResourceAsStream("migrations/" + fileName)) {
            if (in == null) {
                throw new IllegalStateException("Migration missing from the build: " + fileName);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Splits a migration script on semicolons that end a line; comments are dropped. */
    static List<String> statements(String script) {
        List<String> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : script.split("\n")) {
            String trimmed = line.strip();
            if (trimmed.startsWith("--") || trimmed.isEmpty()) {
                continue;
            }
            current.append(line).append('\n');
            if (trimmed.endsWith(";")) {
                out.add(current.toString().strip());
                current.setLength(0);
            }
        }
        if (!current.toString().isBlank()) {
            out.add(current.toString().strip());
        }
        return out;
    }
}
