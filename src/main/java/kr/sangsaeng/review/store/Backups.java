package kr.sangsaeng.review.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
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
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS");

    private Backups() {
    }

    /** The folder that holds a review file's backups. */
    public static Path folderOf(Path file) {
        Path abs = file.toAbsolutePath();
        return abs.resolveSibling(abs.getFileName() + ".backups");
    }

    /** Copies the file, as it is on disk, into its backup folder and drops the oldest backups. */
    public static Path create(Path file, String reason) throws IOException {
        Path folder = folderOf(file);
        Files.createDirectories(folder);
        FilePermissions.ownerOnly(folder);
        String name = stem(file) + "-" + LocalDateTime.now().format(STAMP) + "-" + reason + ".sangsaeng";
        Path target = folder.resolve(name);
        try (Connection source = Connections.readOnly(file)) {
            source.unwrap(SQLiteConnection.class).getDatabase().backup("main", target.toString(), null);
        } catch (SQLException e) {
            throw new IOException("Backup of " + file.getFileName() + " failed: " + e.getMessage(), e);
        }
        FilePermissions.ownerOnly(target);
        rotate(folder);
        return target;
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
     * Replaces a (closed) review file with a backup. The damaged file is kept beside it as
     * {@code .damaged} so nothing is thrown away.
     */
    public static void restore(Path backup, Path file) throws IOException {
        Path tmp = file.resolveSibling(file.getFileName() + ".restoring");
        Files.copy(backup, tmp, StandardCopyOption.REPLACE_EXISTING);
        FilePermissions.ownerOnly(tmp);
        if (Files.exists(file)) {
            Files.move(file, file.resolveSibling(file.getFileName() + ".damaged"), StandardCopyOption.REPLACE_EXISTING);
        }
        for (String suffix : List.of("-wal", "-shm")) {
            Files.deleteIfExists(file.resolveSibling(file.getFileName() + suffix));
        }
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
            return s.filter(p -> p.getFileName().toString().endsWith(".sangsaeng"))
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
