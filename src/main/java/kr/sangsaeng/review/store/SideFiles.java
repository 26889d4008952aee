package kr.sangsaeng.review.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@code -wal} and {@code -shm} files SQLite keeps beside a database in WAL mode. Merely reading
 * a file creates them; a file we refuse must be left as we found it, so those we created go again.
 */
final class SideFiles {
    private static final Logger LOG = LoggerFactory.getLogger(SideFiles.class);

    private final Path wal;
    private final Path shm;
    private final boolean walExisted;
    private final boolean shmExisted;

    private SideFiles(Path file) {
        this.wal = file.resolveSibling(file.getFileName() + "-wal");
        this.shm = file.resolveSibling(file.getFileName() + "-shm");
        this.walExisted = Files.exists(wal);
        this.shmExisted = Files.exists(shm);
    }

    static SideFiles of(Path file) {
        return new SideFiles(file);
    }

    /**
     * Removes the side files that appeared since {@link #of}, once every connection is closed. A log
     * that holds anything is kept: then someone else wrote, and the log is theirs.
     */
    void removeCreatedSince() {
        try {
            if (!walExisted && Files.exists(wal) && Files.size(wal) > 0) {
                return;
            }
            if (!walExisted) {
                Files.deleteIfExists(wal);
            }
            if (!shmExisted) {
                Files.deleteIfExists(shm);
            }
        } catch (IOException e) {
            LOG.warn("Could not remove the side files of {}", wal, e);
        }
    }
}
