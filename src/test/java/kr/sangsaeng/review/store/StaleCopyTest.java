package kr.sangsaeng.review.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import kr.sangsaeng.review.model.Round;
import kr.sangsaeng.review.DataFolderProperty;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * A file that opens older than what this computer last saved to it (an old copy or a stale -wal
 * put back) is flagged before anyone works on it.
 */
class StaleCopyTest {
    @TempDir
    Path dir;

    @RegisterExtension
    final DataFolderProperty dataFolder = new DataFolderProperty();

    @Test
    void aFileOlderThanWhatThisComputerLastWroteIsFlagged() throws Exception {
        Path file = dir.resolve("r.sangsaeng");
        Path old = dir.resolve("old-state");
        Files.createDirectories(old);
        try (ReviewStore store = ReviewStore.create(file, new Round("r", 2022, "", false))) {
            store.reviewers().insert("김", "");
        }
        for (String side : new String[] {"", "-wal"}) {
            Path p = file.resolveSibling(file.getFileName() + side);
            if (Files.exists(p)) {
                Files.copy(p, old.resolve(file.getFileName() + side));
            }
        }
        try (ReviewStore store = ReviewStore.open(file)) {
            assertThat(store.staleWarning()).isEmpty();
            store.reviewers().insert("이", "");
            store.reviewers().insert("박", "");
        }
        // The earlier state (file and its log) is put back in place, as a restored copy or stale log would be.
        Files.deleteIfExists(file.resolveSibling(file.getFileName() + "-wal"));
        Files.deleteIfExists(file.resolveSibling(file.getFileName() + "-shm"));
        for (String side : new String[] {"", "-wal"}) {
            Path p = old.resolve(file.getFileName() + side);
            if (Files.exists(p)) {
                Files.copy(p, file.resolveSibling(file.getFileName() + side), StandardCopyOption.REPLACE_EXISTING);
            }
        }
        try (ReviewStore store = ReviewStore.open(file)) {
            assertThat(store.reviewers().findAll()).hasSize(1);
            assertThat(store.staleWarning()).hasValueSatisfying(w ->
                    assertThat(w).contains("older than what this computer last saved").contains("backups"));
        }
    }

    @Test
    void aFileThatMovedOnSinceIsNotFlagged() throws Exception {
        Path file = dir.resolve("r.sangsaeng");
        ReviewStore.create(file, new Round("r", 2022, "", false)).close();
        try (ReviewStore store = ReviewStore.open(file)) {
            store.reviewers().insert("김", "");
        }
        try (ReviewStore store = ReviewStore.open(file)) {
            assertThat(store.staleWarning()).isEmpty();
        }
    }
}
