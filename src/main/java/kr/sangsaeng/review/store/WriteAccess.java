package kr.sangsaeng.review.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Whether a healthy review file can be written where it is. A file in a read-only folder or on a
 * full disk is not damaged: it is opened read-only, with a sentence that says what is true, and
 * never with advice to restore an older backup over good data.
 */
final class WriteAccess {
    /** Less free space than this and SQLite cannot even create the file's shared-memory index. */
    static final long MIN_FREE_BYTES = 1024 * 1024;

    private WriteAccess() {
    }

    /** Why the file cannot be written, as the end of a sentence; empty when it can. */
    static Optional<String> whyNot(Path file) {
        Path absolute = file.toAbsolutePath();
        Path folder = absolute.getParent();
        if (folder != null && !Files.isWritable(folder)) {
            return Optional.of("the folder " + folder + " is read-only");
        }
        if (Files.exists(absolute) && !Files.isWritable(absolute)) {
            return Optional.of("the file is read-only");
        }
        try {
            if (Files.getFileStore(absolute).getUsableSpace() < MIN_FREE_BYTES) {
                return Optional.of("the disk holding " + folder + " is full");
            }
        } catch (IOException e) {
            // Free space unknown: let SQLite report what happens.
        }
        return Optional.empty();
    }

    /**
     * True when SQLite could not create the {@code -shm} file it needs to read a WAL-mode file, so
     * the file must be read as immutable (no locks, no shared memory). Only safe without a log:
     * a log in a folder nobody can write to is the last state and would be ignored.
     */
    static boolean mustReadImmutable(Path file) {
        Path shm = file.resolveSibling(file.getFileName() + "-shm");
        return whyNot(file).isPresent() && !Files.exists(shm);
    }

    static boolean hasLog(Path file) {
        Path wal = file.resolveSibling(file.getFileName() + "-wal");
        try {
            return Files.exists(wal) && Files.size(wal) > 0;
        } catch (IOException e) {
            return true;
        }
    }
}
