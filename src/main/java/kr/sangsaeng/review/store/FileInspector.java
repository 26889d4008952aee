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

    /**
     * Files up to this size get SQLite's full {@code integrity_check} before they are opened for
     * writing: it also finds broken indexes, which {@code quick_check} does not. It took 5.4 s on
     * the 10,000-case round (86 MB; docs/data-safety.md), too long to wait for at every open; larger
     * files get the quick check and {@link IndexCheck}, together about a fifth of that.
     */
    static final long FULL_CHECK_BYTES = 64L * 1024 * 1024;

    /** How thoroughly the pages are checked. */
    enum Depth {
        /** Header, application id and version only; the caller runs the page check itself. */
        HEADER,
        /**
         * Plus the tables the read-only reports read (rank, agreement, stability). A damaged page they
         * touch fails the read itself and nothing is written, so the whole-file check is not run on
         * every report; the reader runs {@code quick_check} when a read fails, to say so.
         */
        READING,
        /** Plus {@code quick_check}. */
        QUICK,
        /** Plus the full {@code integrity_check} (for files up to {@link #FULL_CHECK_BYTES}): before writing. */
        BEFORE_WRITING
    }

    /** The tables the read-only reports read; a file without one of them is not a usable round. */
    private static final List<String> READ_TABLES =
            List.of("criterion", "reviewer", "platform", "submission", "submission_area", "score", "review");

    static Inspection inspect(Path file) throws ReviewFileException {
        return inspect(file, Depth.QUICK);
    }

    static Inspection inspect(Path file, boolean quickCheck) throws ReviewFileException {
        return inspect(file, quickCheck ? Depth.QUICK : Depth.HEADER);
    }

    /**
     * Checks a file to the given depth. A refused file is left as it was found: when reading it
     * made SQLite create a {@code -wal} or {@code -shm} beside it, they are removed again.
     */
    static Inspection inspect(Path file, Depth depth) throws ReviewFileException {

        checkHeader(file);
        checkLength(file);
        SideFiles before = SideFiles.of(file);
        try {
            return inspectPages(file, depth);
        } catch (ReviewFileException e) {
            before.removeCreatedSince();
            throw e;
        }
    }

    private static Inspection inspectPages(Path file, Depth depth) throws ReviewFileException {
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
            List<String> problems = switch (depth) {
                case HEADER -> List.<String>of();
                case READING -> missingTables(c);
                case QUICK -> quickCheck(c);
                case BEFORE_WRITING -> sizeOf(file) <= FULL_CHECK_BYTES ? integrityCheck(c) : quickAndIndexCheck(c);
            };
            if (!problems.isEmpty()) {
                throw damaged(file, String.join("; ", problems), null);
            }
            return new Inspection(version);
        } catch (SQLException e) {
            if (SqlErrors.busy(e)) {
                throw new ReviewFileException(Problem.LOCKED, file,
                        file.getFileName() + " is locked by another program.", e);
            }
            java.util.Optional<String> whyNot = WriteAccess.whyNot(file);
            if (whyNot.isPresent()) {
                // Not damage: the file cannot be read where it is. Restoring a backup would lose data.
                throw new ReviewFileException(Problem.IO, file, file.getFileName() + " cannot be opened because "
                        + whyNot.get() + " (" + e.getMessage() + "). The file itself is not known to be damaged:"
                        + " copy it, with any " + file.getFileName() + "-wal beside it, to a folder you can write to.", e);
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

    /** For files too large for the full check: the quick check and a count of every index's entries. */
    static List<String> quickAndIndexCheck(Connection c) throws SQLException {
        List<String> problems = quickCheck(c);
        if (problems.isEmpty()) {
            problems.addAll(IndexCheck.problems(c));
        }
        return problems;
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

    private static void checkLength(Path file) throws ReviewFileException {
        try {
            java.util.Optional<String> problem = PageCheck.problem(file);
            if (problem.isPresent()) {
                throw damaged(file, problem.get(), null);
            }
        } catch (IOException e) {
            throw new ReviewFileException(Problem.IO, file, "Cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    private static long sizeOf(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return Long.MAX_VALUE;
        }
    }

    private static ReviewFileException damaged(Path file, String detail, Throwable cause) {
        return new ReviewFileException(Problem.DAMAGED, file,
                file.getFileName() + " is damaged (" + detail + "). Restore the newest backup.", cause);
    }
}
