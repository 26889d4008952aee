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
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kr.sangsaeng.review.store.ReviewFileException.Problem;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;
import org.postgresql.copy.CopyOut;
import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;

/**
 * Moves a whole round between a review file and a server: {@link #publish} uploads a file into an
 * empty server database, {@link #archive} writes a server round into a new review file. Every table
 * of {@link Tables#ROUND} is copied row for row, ids included, in one transaction on the receiving
 * side, so publish then archive gives back the same rows (docs/server-mode.md).
 */
public final class RoundTransfer {
    /**
     * Rows per batch written to the file on archive; a batch is also written early once it holds this
     * many bytes of documents.
     */
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
                // Foreign keys are taken off for the copy and put back after it, as pg_restore does: put
                // back, each is checked over the whole table in one join, where a deferred check runs one
                // query per row at commit (3 million on the bench round, most of publish's time;
                // docs/server-mode.md). A missing row is refused as before, naming table and key.
                List<ForeignKey> keys = dropForeignKeys(target);
                execute(source, "BEGIN");
                // The file's audit rows keep the names they were written with; from now on the
                // server names the login in every new row (server migration V6).
                execute(target, "ALTER TABLE audit_log DISABLE TRIGGER audit_login");
                // The score-scale rule is checked once over all scores after the copy rather than by
                // the row trigger, a PL/pgSQL call per score (half the time of copying the scores).
                execute(target, "ALTER TABLE score DISABLE TRIGGER score_in_scale");
                Result result = publishAll(source, target);
                execute(target, "ALTER TABLE audit_log ENABLE TRIGGER audit_login");
                execute(target, "ALTER TABLE score ENABLE TRIGGER score_in_scale");
                refuseScoresOutsideTheirScale(target);
                execute(source, "COMMIT");
                for (ForeignKey key : keys) {
                    execute(target, "ALTER TABLE " + key.table() + " ADD CONSTRAINT " + key.name() + " " + key.definition());
                }
                for (String table : Tables.ROUND) {
                    restartIds(target, table);
                }
                target.commit();
                return result;
            } catch (SQLException | RuntimeException | ReviewFileException e) {
                // On a cut connection the rollback fails too; the first failure is the one to report.
                try {
                    target.rollback();
                } catch (SQLException again) {
                    e.addSuppressed(again);
                }
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
                    // A page cache the size of a large round's indexes, for this connection only: with
                    // SQLite's default 2 MB the score table's indexes are written out and read back
                    // again for every few hundred rows (docs/server-mode.md, "Figures seen").
                    execute(target, "PRAGMA cache_size = -131072");
                    Result result = archiveAll(source, target);
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

    /** Sends every table to the server through COPY, each table's rows as one stream (docs/server-mode.md). */
    private static Result publishAll(Connection source, Connection target) throws SQLException {
        CopyManager copies = target.unwrap(PGConnection.class).getCopyAPI();
        Map<String, Long> rows = new LinkedHashMap<>();
        for (String table : Tables.ROUND) {
            rows.put(table, publish(source, copies, serverColumns(target, table), table));
        }
        return new Result(Collections.unmodifiableMap(rows));
    }

    /** Reads every table from the server through COPY into the new file, each table in batches. */
    private static Result archiveAll(Connection source, Connection target) throws SQLException {
        CopyManager copies = source.unwrap(PGConnection.class).getCopyAPI();
        Map<String, Long> rows = new LinkedHashMap<>();
        for (String table : Tables.ROUND) {
            rows.put(table, archive(copies, serverColumns(source, table), target, table));
        }
        return new Result(Collections.unmodifiableMap(rows));
    }

    /*
     * Table and column names come from Tables.ROUND and the databases' own metadata, never from input.
     * The file's columns are sent in the file's order, each encoded as the server's column type.
     */
    private static long publish(Connection source, CopyManager copies, Map<String, BinaryCopy.Type> types, String table)
            throws SQLException {
        try (Statement read = source.createStatement(); ResultSet rs = read.executeQuery("SELECT * FROM " + table)) {
            ResultSetMetaData meta = rs.getMetaData();
            int width = meta.getColumnCount();
            List<String> columns = new ArrayList<>(width);
            BinaryCopy.Type[] kinds = new BinaryCopy.Type[width];
            for (int i = 1; i <= width; i++) {
                columns.add(meta.getColumnName(i));
                kinds[i - 1] = types.get(meta.getColumnName(i));
                if (kinds[i - 1] == null) {
                    throw new SQLException("the server's table " + table + " has no column " + meta.getColumnName(i));
                }
            }
            BinaryCopy.Writer out = new BinaryCopy.Writer(copies.copyIn(
                    "COPY " + table + " (" + String.join(", ", columns) + ") FROM STDIN (FORMAT binary)"));
            long row = 0;
            try {
                while (rs.next()) {
                    row++;
                    out.startRow(width);
                    for (int i = 1; i <= width; i++) {
                        writeValue(out, rs, i, kinds[i - 1], table, row, columns.get(i - 1));
                    }
                }
                out.finish();
                return row;
            } catch (SQLException e) {
                out.cancel();
                throw badRow(source, table, e);
            } catch (RuntimeException e) {
                out.cancel();
                throw e;
            }
        }
    }

    /** One value of the file as the server's column type; a value that is not of that type is refused, not coerced. */
    private static void writeValue(BinaryCopy.Writer out, ResultSet rs, int i, BinaryCopy.Type type, String table, long row,
            String column) throws SQLException {
        switch (type) {
            case TEXT -> {
                String v = rs.getString(i);
                if (v == null) {
                    out.writeNull();
                } else {
                    out.writeText(v);
                }
            }
            case BYTEA -> {
                byte[] v = rs.getBytes(i);
                if (v == null) {
                    out.writeNull();
                } else {
                    out.writeBytes(v);
                }
            }
            default -> {
                Object v = rs.getObject(i);
                if (v == null) {
                    out.writeNull();
                } else if (!(v instanceof Number n) || type != BinaryCopy.Type.FLOAT8 && !(v instanceof Integer || v instanceof Long)) {
                    throw new SQLException("table " + table + ", row " + row + ": " + column + " holds " + v
                            + ", which is not " + (type == BinaryCopy.Type.FLOAT8 ? "a number" : "a whole number"));
                } else if (type == BinaryCopy.Type.INT4) {
                    out.writeInt(Math.toIntExact(n.longValue()));
                } else if (type == BinaryCopy.Type.INT8) {
                    out.writeLong(n.longValue());
                } else {
                    out.writeDouble(n.doubleValue());
                }
            }
        }
    }

    private static final Pattern COPY_LINE = Pattern.compile("COPY \\w+, line (\\d+)");

    /**
     * The server names a refused row by its place in the copy ("COPY score, line 7"); this adds the
     * row itself, read again from the file in the same order, so the secretary can find it.
     */
    private static SQLException badRow(Connection source, String table, SQLException e) {
        ServerErrorMessage server = e instanceof PSQLException p ? p.getServerErrorMessage() : null;
        Matcher line = COPY_LINE.matcher(server == null || server.getWhere() == null ? "" : server.getWhere());
        if (!line.find()) {
            return e;
        }
        long row = Long.parseLong(line.group(1));
        StringBuilder values = new StringBuilder();
        try (PreparedStatement ps = source.prepareStatement("SELECT * FROM " + table + " LIMIT 1 OFFSET ?")) {
            ps.setLong(1, row - 1);
            try (ResultSet rs = ps.executeQuery()) {
                if (rs.next()) {
                    ResultSetMetaData meta = rs.getMetaData();
                    for (int i = 1; i <= meta.getColumnCount(); i++) {
                        Object v = rs.getObject(i);
                        String shown = v instanceof byte[] b ? b.length + " bytes" : String.valueOf(v);
                        values.append(i > 1 ? ", " : "").append(meta.getColumnName(i)).append('=')
                                .append(shown.length() > 60 ? shown.substring(0, 60) + "…" : shown);
                    }
                }
            }
        } catch (SQLException again) {
            e.addSuppressed(again);
        }
        return new SQLException("table " + table + ", row " + row + (values.isEmpty() ? "" : " (" + values + ")") + ": "
                + server.getMessage(), e.getSQLState(), e);
    }

    /* The server's columns in its own order; the same order COPY (SELECT * …) sends them in. */
    private static long archive(CopyManager copies, Map<String, BinaryCopy.Type> types, Connection target, String table)
            throws SQLException {
        List<String> columns = new ArrayList<>(types.keySet());
        BinaryCopy.Type[] kinds = types.values().toArray(BinaryCopy.Type[]::new);
        int width = columns.size();
        String insert = "INSERT INTO " + table + " (" + String.join(", ", columns) + ") VALUES ("
                + String.join(", ", Collections.nCopies(width, "?")) + ")";
        CopyOut copy = copies.copyOut("COPY (SELECT * FROM " + table + ") TO STDOUT (FORMAT binary)");
        long copied = 0;
        try (PreparedStatement write = target.prepareStatement(insert)) {
            BinaryCopy.Reader in = new BinaryCopy.Reader(copy);
            int pending = 0;
            long bytes = 0;
            for (int fields = in.nextRow(); fields >= 0; fields = in.nextRow()) {
                if (fields != width) {
                    throw new SQLException("the server sent " + fields + " columns of " + table + ", not " + width);
                }
                for (int i = 1; i <= width; i++) {
                    byte[] v = in.field();
                    if (v == null) {
                        write.setNull(i, java.sql.Types.NULL);
                        continue;
                    }
                    switch (kinds[i - 1]) {
                        case INT4 -> write.setInt(i, BinaryCopy.Reader.int4(v));
                        case INT8 -> write.setLong(i, BinaryCopy.Reader.int8(v));
                        case FLOAT8 -> write.setDouble(i, Double.longBitsToDouble(BinaryCopy.Reader.int8(v)));
                        case TEXT -> write.setString(i, BinaryCopy.Reader.text(v));
                        case BYTEA -> {
                            write.setBytes(i, v);
                            bytes += v.length;
                        }
                    }
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
            return copied;
        } finally {
            if (copy.isActive()) {
                copy.cancelCopy();
            }
        }
    }

    /** The server's columns of {@code table} and their types, in the table's order. */
    private static Map<String, BinaryCopy.Type> serverColumns(Connection server, String table) throws SQLException {
        Map<String, BinaryCopy.Type> columns = new LinkedHashMap<>();
        try (Statement s = server.createStatement(); ResultSet rs = s.executeQuery("SELECT * FROM " + table + " WHERE false")) {
            ResultSetMetaData meta = rs.getMetaData();
            for (int i = 1; i <= meta.getColumnCount(); i++) {
                columns.put(meta.getColumnName(i), BinaryCopy.Type.of(meta.getColumnTypeName(i)));
            }
        }
        return columns;
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

    /**
     * The rule of the server's score_in_scale trigger (migrations/postgresql/V1__init.sql), checked
     * over every copied score in one query; a score outside its scale is refused with the trigger's
     * message, naming the row.
     */
    private static void refuseScoresOutsideTheirScale(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT s.reviewer_id, s.submission_id,"
                + " s.criterion_id, s.value FROM score s JOIN criterion c ON c.id = s.criterion_id"
                + " WHERE NOT (s.value BETWEEN c.scale_min AND c.scale_max) LIMIT 1")) {
            if (rs.next()) {
                throw new SQLException(String.format("table score, row (reviewer_id=%d, submission_id=%d, criterion_id=%d,"
                        + " value=%s): score outside its criterion's scale", rs.getLong(1), rs.getLong(2), rs.getLong(3),
                        rs.getDouble(4)), "23514");
            }
        }
    }

    /** A foreign key of the server's schema: its table and name (quoted by the server) and its definition. */
    private record ForeignKey(String table, String name, String definition) {
    }

    /** Takes every foreign key off the (new, empty) schema and returns them, to be put back as they were. */
    private static List<ForeignKey> dropForeignKeys(Connection c) throws SQLException {
        List<ForeignKey> keys = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT conrelid::regclass::text,"
                + " quote_ident(conname), pg_get_constraintdef(oid) FROM pg_constraint"
                + " WHERE contype = 'f' AND connamespace = current_schema()::regnamespace ORDER BY conrelid, conname")) {
            while (rs.next()) {
                keys.add(new ForeignKey(rs.getString(1), rs.getString(2), rs.getString(3)));
            }
        }
        for (ForeignKey key : keys) {
            execute(c, "ALTER TABLE " + key.table() + " DROP CONSTRAINT " + key.name());
        }
        return keys;
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
