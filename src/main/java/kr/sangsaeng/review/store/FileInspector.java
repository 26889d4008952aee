package kr.sangsaeng.review.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import kr.sangsaeng.review.store.ReviewFileException.Problem;

/**
 * Looks at a file before it is opened for writing, through a read-only connection, so that a file
 * we must refuse (not ours, newer, damaged) is never modified.
 */
final class FileInspector {
    private static final byte[] SQLITE_MAGIC = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);

    private FileInspector() {
    }

    /** What a healthy review file told us about itself. */
    record Inspection(int schemaVersion) {
    }

    /** What the file is opened for, which decides how much of it is checked before. */
    enum Purpose {
        /**
         * Reports that only read (rank, agreement, stability): the header, application id, version
         * and the tables they read. A damaged page they touch fails the read itself, and nothing is
         * written, so the whole-file check (a third of a second per 100 MB) is not run on every report.
         */
        READING,
        /** Anything that may write: every check, before the first write of a session. */
        WRITING
    }

    /** The tables the read-only reports read; a file without one of them is not a usable round. */
    private static final List<String> READ_TABLES =
            List.of("criterion", "reviewer", "platform", "submission", "submission_area", "score", "review");

    static Inspection inspect(Path file) throws ReviewFileException {
        return inspect(file, Purpose.WRITING);
    }

    static Inspection inspect(Path file, Purpose purpose) throws ReviewFileException {
        checkHeader(file);
        try (Connection c = Connections.readOnly(file)) {
            int appId = intPragma(c, "application_id");
            int version = intPragma(c, "user_version");
            if (appId != Schema.APPLICATION_ID) {
                throw new ReviewFileException(Problem.NOT_REVIEW_FILE, file,
                        file.getFileName() + " is an SQLite database but not a Sangsaeng Review file.", null);
            }
            if (version > Schema.LATEST_VERSION) {
                throw ReviewFileException.newerVersion(file, version, Schema.LATEST_VERSION);
            }
            List<String> problems = purpose == Purpose.WRITING ? quickCheck(c) : missingTables(c);
            if (!problems.isEmpty()) {
                throw damaged(file, String.join("; ", problems), null);
            }
            return new Inspection(version);
        } catch (SQLException e) {
            if (SqlErrors.busy(e)) {
                throw new ReviewFileException(Problem.LOCKED, file,
                        file.getFileName() + " is locked by another program.", e);
            }
            throw damaged(file, e.getMessage(), e);
        }
    }

    /** Reads the schema (which SQLite parses in full) and names each table a report needs but lacks. */
    private static List<String> missingTables(Connection c) throws SQLException {
        List<String> missing = new ArrayList<>(READ_TABLES);
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT name FROM sqlite_master WHERE type = 'table'")) {
            while (rs.next()) {
                missing.remove(rs.getString(1));
            }
        }
        return missing.stream().map(t -> "table " + t + " is missing").toList();
    }

    /** Runs {@code PRAGMA quick_check}; an empty list means the file is healthy. */
    static List<String> quickCheck(Connection c) throws SQLException {
        return check(c, "PRAGMA quick_check");
    }

    /** The slower, complete check (also verifies indexes and foreign keys) used by {@code check}. */
    static List<String> integrityCheck(Connection c) throws SQLException {
        List<String> problems = check(c, "PRAGMA integrity_check");
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("PRAGMA foreign_key_check")) {
            while (rs.next()) {
                problems.add("foreign key broken in " + rs.getString(1) + " row " + rs.getLong(2));
            }
        }
        return problems;
    }

    private static List<String> check(Connection c, String pragma) throws SQLException {
        List<String> problems = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(pragma)) {
            while (rs.next()) {
                String line = rs.getString(1);
                if (!"ok".equalsIgnoreCase(line)) {
                    problems.add(line);
                }
            }
        }
        return problems;
    }

    static int intPragma(Connection c, String pragma) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("PRAGMA " + pragma)) {
            return rs.next() ? rs.getInt(1) : 0;
        }
    }

    private static void checkHeader(Path file) throws ReviewFileException {
        if (!Files.isRegularFile(file)) {
            throw new ReviewFileException(Problem.NOT_FOUND, file, file + " does not exist.", null);
        }
        byte[] header = new byte[SQLITE_MAGIC.length];
        int read;
        try (InputStream in = Files.newInputStream(file)) {
            read = in.readNBytes(header, 0, header.length);
        } catch (IOException e) {
            throw new ReviewFileException(Problem.IO, file, "Cannot read " + file + ": " + e.getMessage(), e);
        }
        if (read == 0) {
            throw new ReviewFileException(Problem.EMPTY, file, file.getFileName() + " is empty (0 bytes).", null);
        }
        if (read < header.length || !java.util.Arrays.equals(header, SQLITE_MAGIC)) {
            throw new ReviewFileException(Problem.NOT_SQLITE, file,
                    file.getFileName() + " is not a review file (it is not an SQLite database).", null);
        }
    }

    private static ReviewFileException damaged(Path file, String detail, Throwable cause) {
        return new ReviewFileException(Problem.DAMAGED, file,
                file.getFileName() + " is damaged (" + detail + "). Restore the newest backup.", cause);
    }
}
