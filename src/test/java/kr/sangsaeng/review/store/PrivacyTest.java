package kr.sangsaeng.review.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import kr.sangsaeng.review.demo.DemoRound;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Review files hold confidential scores: on POSIX systems only their owner can read them or their copies. */
class PrivacyTest {
    @TempDir
    Path dir;

    @BeforeEach
    void posixOnly() {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"), "POSIX file system");
    }

    @Test
    void aNewReviewFileAndItsWalAreReadableByTheOwnerOnly() throws Exception {
        Path file = dir.resolve("round.sangsaeng");
        try (ReviewStore store = DemoRound.createAt(file)) {
            assertThat(permissions(file)).isEqualTo("rw-------");
            assertThat(permissions(dir.resolve("round.sangsaeng-wal"))).isEqualTo("rw-------");
        }
    }

    @Test
    void backupsAndTheirFolderAreReadableByTheOwnerOnly() throws Exception {
        Path file = dir.resolve("round.sangsaeng");
        DemoRound.createAt(file).close();
        Path backup = Backups.create(file, "daily");
        assertThat(permissions(Backups.folderOf(file))).isEqualTo("rwx------");
        assertThat(permissions(backup)).isEqualTo("rw-------");
        Backups.restore(backup, file);
        assertThat(permissions(file)).isEqualTo("rw-------");
    }

    @Test
    void aSavedCopyIsReadableByTheOwnerOnly() throws Exception {
        try (ReviewStore store = DemoRound.createAt(dir.resolve("round.sangsaeng"))) {
            Path copy = dir.resolve("copy for the chair.sangsaeng");
            store.saveCopy(copy);
            assertThat(permissions(copy)).isEqualTo("rw-------");
            try (ReviewStore opened = ReviewStore.open(copy)) {
                assertThat(opened.scores().count()).isEqualTo(store.scores().count());
            }
        }
    }

    private static String permissions(Path p) throws Exception {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(p));
    }
}
