package kr.sangsaeng.review.exchange;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * How every export reaches its file: refused when the path is a review file, its log, or a backup;
 * written into an owner-only temporary file beside the target and moved over it whole; the
 * temporary file removed on failure, and those of earlier exports that were killed removed at the
 * next export into the same folder. Exports hold reviewers' scores and comments, so the finished
 * file is readable by its owner only, as the review file is (docs/data-safety.md).
 */
public final class OutputFiles {
    /** The name ending of our temporary files, so leftovers are recognised and nothing else is touched. */
    static final String TEMP_SUFFIX = ".sangsaeng-tmp";
    /** A temporary file this old belongs to an export that was killed: no export takes this long. */
    static final Duration STALE = Duration.ofMinutes(15);

    private static final Logger LOG = LoggerFactory.getLogger(OutputFiles.class);
    private static final byte[] SQLITE_MAGIC = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);

    /** What writes the content. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private OutputFiles() {
    }

    /** Writes {@code target} whole or not at all, after {@link #refuseUnsafeTarget}. */
    public static void write(Path target, Content content) throws IOException {
        Path temp = createTemp(target);
        try {
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(temp))) {
                content.writeTo(out);
            }
            publish(temp, target);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /**
     * Checks the target, removes stale leftovers beside it and creates an empty owner-only temporary
     * file there. The caller writes it, then {@link #publish}es it, or deletes it on failure.
     */
    public static Path createTemp(Path target) throws IOException {
        refuseUnsafeTarget(target);
        Path dir = target.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        removeStale(dir);
        ExportFolders.remember(dir);
        Path temp = dir.resolve("." + target.getFileName() + "." + System.nanoTime() + TEMP_SUFFIX);
        try {
            return Files.createFile(temp, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } catch (UnsupportedOperationException e) {
            return Files.createFile(temp);
        }
    }

    /** Moves a finished temporary file over the target (atomically where the file system can). */
    public static void publish(Path temp, Path target) throws IOException {
        try {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /**
     * Refuses to write over a review file (any SQLite database), its {@code -wal}, {@code -shm} or
     * {@code -journal}, or anything in a backup folder: an export there would destroy the round.
     */
    public static void refuseUnsafeTarget(Path target) throws OutputRefusedException {
        String name = target.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith("-wal") || name.endsWith("-shm") || name.endsWith("-journal")) {
            throw new OutputRefusedException(target + " belongs to a review file (its log); choose another name.");
        }
        Path parent = target.toAbsolutePath().getParent();
        if (parent != null && parent.getFileName() != null && parent.getFileName().toString().endsWith(".backups")) {
            throw new OutputRefusedException(target + " is in a backup folder; choose another folder.");
        }
        if (isSqlite(target)) {
            throw new OutputRefusedException(target + " is a review file (an SQLite database); an export must not"
                    + " replace it. Choose another name.");
        }
    }

    /** Refuses, in addition, the very review file an export reads from (also under another name). */
    public static void refuseUnsafeTarget(Path target, Path reviewFile) throws OutputRefusedException {
        Path t = target.toAbsolutePath().normalize();
        Path r = reviewFile.toAbsolutePath().normalize();
        for (String side : new String[] {"", "-wal", "-shm", "-journal"}) {
            if (t.equals(r.resolveSibling(r.getFileName() + side))) {
                throw new OutputRefusedException(target + " is the review file being exported from"
                        + (side.isEmpty() ? "" : " (its " + side.substring(1) + ")") + "; choose another name.");
            }
        }
        refuseUnsafeTarget(target);
    }

    private static boolean isSqlite(Path file) {
        if (!Files.isRegularFile(file)) {
            return false;
        }
        try (InputStream in = Files.newInputStream(file)) {
            return Arrays.equals(in.readNBytes(SQLITE_MAGIC.length), SQLITE_MAGIC);
        } catch (IOException e) {
            return false;
        }
    }

    /** Deletes our temporary files in {@code dir} older than {@link #STALE}: a killed export's leftovers. */
    public static void removeStale(Path dir) {
        Instant cutoff = Instant.now().minus(STALE);
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, "." + "*" + TEMP_SUFFIX)) {
            for (Path f : files) {
                if (Files.isRegularFile(f) && Files.getLastModifiedTime(f).toInstant().isBefore(cutoff)) {
                    Files.deleteIfExists(f);
                    LOG.info("Removed {} left by an export that did not finish", f);
                }
            }
        } catch (IOException e) {
            LOG.warn("Could not look for leftover temporary files in {}", dir, e);
        }
    }
}
