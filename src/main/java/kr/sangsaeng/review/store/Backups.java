package kr.sangsaeng.review.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.sqlite.SQLiteConnection;

/**
 * Automatic backups, written with SQLite's online backup into a folder next to the review file
 * ({@code round.sangsaeng.backups/}) and rotated so the newest {@link #KEEP} remain.
 */
public final class Backups {
    public static final int KEEP = 10;
    private static final String EXTENSION = ".sangsaeng";
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS");

    private Backups() {
    }

    /** The folder that holds a review file's backups. */
    public static Path folderOf(Path file) {
        Path abs = file.toAbsolutePath();
        return abs.resolveSibling(abs.getFileName() + ".backups");
    }

    /**
     * Copies the file into its backup folder with SQLite's online backup (so committed changes
     * still in the WAL are included and a writer in another window does not tear the copy) and
     * drops the oldest backups beyond {@link #KEEP}.
     */
    public static Path create(Path file, String reason) throws IOException {
        Path folder = folderOf(file);
        Files.createDirectories(folder);
        FilePermissions.ownerOnly(folder);
        Path target = unusedName(folder, file, reason);
        FilePermissions.createOwnerOnly(target);
        try (Connection source = Connections.readOnly(file)) {
            source.unwrap(SQLiteConnection.class).getDatabase().backup("main", target.toString(), null);
        } catch (SQLException e) {
            Files.deleteIfExists(target);
            throw new IOException("Backup of " + file.getFileName() + " failed: " + e.getMessage(), e);
        }
        rotate(folder);
        return target;
    }

    /**
     * Makes a backup unless the newest one is younger than {@code maxAge}: the automatic backup
     * taken when the app opens a file, so a file in daily use has one backup per day.
     */
    public static Optional<Path> createIfOlderThan(Path file, Duration maxAge, String reason) throws IOException {
        Optional<Path> newest = newest(file);
        if (newest.isPresent()) {
            Instant taken = Files.getLastModifiedTime(newest.get()).toInstant();
            if (taken.isAfter(Instant.now().minus(maxAge))) {
                return Optional.empty();
            }
        }
        return Optional.of(create(file, reason));
    }

    /**
     * Names start with a millisecond timestamp so that name order is age order; a second backup in
     * the same millisecond (a migration right after the daily backup) moves on to the next one.
     */
    private static Path unusedName(Path folder, Path file, String reason) throws IOException {
        LocalDateTime t = LocalDateTime.now();
        while (true) {
            String prefix = stem(file) + "-" + t.format(STAMP) + "-";
            try (Stream<Path> s = Files.list(folder)) {
                if (s.noneMatch(p -> p.getFileName().toString().startsWith(prefix))) {
                    return folder.resolve(prefix + reason + EXTENSION);
                }
            }
            t = t.plus(1, ChronoUnit.MILLIS);
        }
    }

    /** Backups of a file, newest first. */
    public static List<Path> list(Path file) throws IOException {
        Path folder = folderOf(file);
        return Files.isDirectory(folder) ? newestFirst(folder) : List.of();
    }

    public static Optional<Path> newest(Path file) throws IOException {
        return list(file).stream().findFirst();
    }

    /**
     * Replaces a (closed) review file with a backup, after checking that the backup itself opens
     * cleanly (a damaged or foreign backup is refused and nothing changes). The replaced file and
     * its WAL are kept beside it as {@code .damaged} / {@code .damaged-wal} so nothing is thrown away.
     */
    public static void restore(Path backup, Path file) throws IOException, ReviewFileException {
        FileInspector.inspect(backup);
        Path tmp = file.resolveSibling(file.getFileName() + ".restoring");
        Files.deleteIfExists(tmp);
        FilePermissions.createOwnerOnly(tmp);
        Files.copy(backup, tmp, StandardCopyOption.REPLACE_EXISTING);
        Path damaged = file.resolveSibling(file.getFileName() + ".damaged");
        if (Files.exists(file)) {
            Files.move(file, damaged, StandardCopyOption.REPLACE_EXISTING);
        }
        Path wal = file.resolveSibling(file.getFileName() + "-wal");
        if (Files.exists(wal)) {
            Files.move(wal, damaged.resolveSibling(damaged.getFileName() + "-wal"), StandardCopyOption.REPLACE_EXISTING);
        }
        Files.deleteIfExists(file.resolveSibling(file.getFileName() + "-shm"));
        Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE);
    }

    private static void rotate(Path folder) throws IOException {
        List<Path> all = newestFirst(folder);
        for (Path old : all.subList(Math.min(KEEP, all.size()), all.size())) {
            Files.deleteIfExists(old);
        }
    }

    /** Names start with a timestamp after the file's stem, so name order is time order. */
    private static List<Path> newestFirst(Path folder) throws IOException {
        try (Stream<Path> s = Files.list(folder)) {
            return s.filter(p -> p.getFileName().toString().endsWith(EXTENSION))
                    .sorted(Comparator.comparing((Path p) -> p.getFileName().toString()).reversed())
                    .toList();
        }
    }

    private static String stem(Path file) {
        String n = file.getFileName().toString();
        int dot = n.lastIndexOf('.');
        return dot > 0 ? n.substring(0, dot) : n;
    }
}
