package kr.sangsaeng.review.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kr.sangsaeng.review.store.ReviewFileException.Problem;

/**
 * Moves a whole round between a review file and a server: {@link #publish} uploads a file into an
 * empty server database, {@link #archive} writes a server round into a new review file. Every table
 * of {@link Tables#ROUND} is copied row for row, ids included, in one transaction on the receiving
 * side, so publish then archive gives back the same rows (docs/server-mode.md).
 */
public final class RoundTransfer {
    /** Rows per batch; a batch is also sent early once it holds this many bytes of documents. */
    private static final int BATCH_ROWS = 500;
    private static final long BATCH_BYTES = 16L << 20;

    /** Rows copied per table, in copy order. */
    public record Result(Map<String, Long> rows) {
        public long total() {
            return rows.values().stream().mapToLong(Long::longValue).sum();
        }
    }

    private RoundTransfer() {
    }

    /**
     * Uploads the round in {@code file} into {@code server}'s database, which must hold no tables:
     * publishing never mixes two rounds or writes over one. All of it arrives, or none.
     */
    public static Result publish(Path file, ServerAddress server) throws ReviewFileException {
        // Refuses a damaged file, and one that needs an upgrade (opening it in the app does that).
        ReviewStore.openReadOnly(file).close();
        try (Connection source = Connections.readOnly(file); Connection target = server.connect()) {
            target.setAutoCommit(false);
            try {
                if (ServerSchema.version(target) > 0 || hasTables(target)) {
                    throw new ReviewFileException(Problem.IO, null, server + " already holds a round or other tables;"
                            + " publish into a new, empty database (archive the old round first if it is needed).", null);
                }
                ServerSchema.migrateInTransaction(target);
                execute(target, "SET CONSTRAINTS ALL DEFERRED");
                execute(source, "BEGIN");
                // The file's audit rows keep the names they were written with; from now on the
                // server names the login in every new row (server migration V6).
                execute(target, "ALTER TABLE audit_log DISABLE TRIGGER audit_login");
                Result result = copyAll(source, target);
                execute(target, "ALTER TABLE audit_log ENABLE TRIGGER audit_login");
                execute(source, "COMMIT");
                for (String table : Tables.ROUND) {
                    restartIds(target, table);
                }
                target.commit();
                return result;
            } catch (SQLException | RuntimeException | ReviewFileException e) {
                target.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new ReviewFileException(Problem.IO, file, "Cannot publish to " + server + ": " + e.getMessage(), e);
        }
    }

    /** Writes the round on {@code server} into the new review file {@code file} (never over an existing one). */
    public static Result archive(ServerAddress server, Path file) throws ReviewFileException {
        return archive(server, null, file);
    }

    /** The same, connecting with a password the user typed (null: PGPASSWORD or ~/.pgpass). */
    static Result archive(ServerAddress server, char[] password, Path file) throws ReviewFileException {
        if (Files.exists(file)) {
            throw new ReviewFileException(Problem.IO, file, file + " already exists.", null);
        }
        try (Connection source = server.connect(password)) {
            if (ServerSchema.version(source) != ServerSchema.LATEST_VERSION) {
                throw new ReviewFileException(Problem.NOT_REVIEW_FILE, file, server + " holds no round of this"
                        + " version of the app (schema " + ServerSchema.version(source) + ").", null);
            }
            Path parent = file.toAbsolutePath().getParent();
            Files.createDirectories(parent);
            FilePermissions.createOwnerOnly(file);
            try (Connection target = Connections.readWrite(file)) {
                Migrations.migrate(target, 0);
                // One snapshot of the whole round, read with a cursor so documents need not fit in memory.
                source.setAutoCommit(false);
                execute(source, "SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY");
                execute(target, "BEGIN IMMEDIATE");
                try {
                    execute(target, "PRAGMA defer_foreign_keys = ON");
                    Result result = copyAll(source, target);
                    execute(target, "COMMIT");
                    source.commit();
                    return result;
                } catch (SQLException | RuntimeException e) {
                    execute(target, "ROLLBACK");
                    throw e;
                }
            } catch (SQLException | RuntimeException e) {
                Files.deleteIfExists(file);
                throw e;
            }
        } catch (SQLException | IOException e) {
            throw new ReviewFileException(Problem.IO, file, "Cannot archive " + server + " to " + file + ": "
                    + e.getMessage(), e);
        }
    }

    private static Result copyAll(Connection source, Connection target) throws SQLException {
        Map<String, Long> rows = new LinkedHashMap<>();
        for (String table : Tables.ROUND) {
            rows.put(table, copy(source, target, table));
        }
        return new Result(Collections.unmodifiableMap(rows));
    }

    /* Table and column names come from Tables.ROUND and the database's own metadata, never from input. */
    private static long copy(Connection source, Connection target, String table) throws SQLException {
        long copied = 0;
        try (Statement read = source.createStatement()) {
            read.setFetchSize(BATCH_ROWS);
            try (ResultSet rs = read.executeQuery("SELECT * FROM " + table)) {
                ResultSetMetaData meta = rs.getMetaData();
                int width = meta.getColumnCount();
                List<String> columns = new ArrayList<>(width);
                for (int i = 1; i <= width; i++) {
                    columns.add(meta.getColumnName(i));
                }
                String insert = "INSERT INTO " + table + " (" + String.join(", ", columns) + ") VALUES ("
                        + String.join(", ", Collections.nCopies(width, "?")) + ")";
                try (PreparedStatement write = target.prepareStatement(insert)) {
                    int pending = 0;
                    long bytes = 0;
                    while (rs.next()) {
                        for (int i = 1; i <= width; i++) {
                            Object value = rs.getObject(i);
                            if (value instanceof byte[] b) {
                                bytes += b.length;
                            }
                            write.setObject(i, value);
                        }
                        write.addBatch();
                        copied++;
                        if (++pending >= BATCH_ROWS || bytes >= BATCH_BYTES) {
                            write.executeBatch();
                            pending = 0;
                            bytes = 0;
                        }
                    }
                    if (pending > 0) {
                        write.executeBatch();
                    }
                }
            }
        }
        return copied;
    }

    /** Lets the server's id generator continue after the copied ids, so the next insert does not collide. */
    private static void restartIds(Connection c, String table) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT pg_get_serial_sequence(table_name, 'id')"
                + " FROM information_schema.columns WHERE table_schema = current_schema() AND table_name = ?"
                + " AND column_name = 'id'")) {
            ps.setString(1, table);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next() || rs.getString(1) == null) {
                    return;
                }
            }
        }
        execute(c, "SELECT setval(pg_get_serial_sequence('" + table + "', 'id'), coalesce(max(id), 0) + 1, false) FROM "
                + table);
    }

    private static boolean hasTables(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                "SELECT count(*) FROM pg_tables WHERE schemaname = current_schema()")) {
            return rs.next() && rs.getInt(1) > 0;
        }
    }

    private static void execute(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }
}
