package kr.sangsaeng.review.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import kr.sangsaeng.review.demo.DemoRound;
import kr.sangsaeng.review.store.ReviewFileException.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Automatic backups: online copies next to the file, rotated, and restorable over a damaged file. */
class BackupsTest {
    @TempDir
    Path dir;

    @Test
    void restoringTheNewestBackupOverADamagedFileBringsBackTheBackupsContent() throws Exception {
        Path file = dir.resolve("round.sangsaeng");
        int scores;
        try (ReviewStore store = DemoRound.createAt(file)) {
            scores = store.scores().count();
            Backups.create(file, "daily");
            store.reviewers().insert("added after the backup", "");
        }
        damage(file);
        assertThat(catchThrowableOfType(ReviewFileException.class, () -> ReviewStore.open(file)).problem())
                .isEqualTo(Problem.DAMAGED);

        Backups.restore(Backups.newest(file).orElseThrow(), file);

        try (ReviewStore restored = ReviewStore.open(file)) {
            assertThat(restored.health().problems()).isEmpty();
            assertThat(restored.scores().count()).isEqualTo(scores);
            assertThat(restored.reviewers().findByName("added after the backup")).isEmpty();
        }
        assertThat(dir.resolve("round.sangsaeng.damaged")).exists();
    }

    @Test
    void aDamagedBackupIsRefusedAndTheFileIsLeftAsItWas() throws Exception {
        Path file = dir.resolve("round.sangsaeng");
        DemoRound.createAt(file).close();
        Path backup = Backups.create(file, "daily");
        damage(backup);
        String before = RefusedFilesTest.sha256(file);
        ReviewFileException e = catchThrowableOfType(ReviewFileException.class, () -> Backups.restore(backup, file));
        assertThat(e.problem()).isEqualTo(Problem.DAMAGED);
        assertThat(e.file()).isEqualTo(backup);
        assertThat(RefusedFilesTest.sha256(file)).isEqualTo(before);
        assertThat(dir.resolve("round.sangsaeng.damaged")).doesNotExist();
    }

    @Test
    void backupsRotateKeepingTheNewestTen() throws Exception {
        Path file = dir.resolve("round.sangsaeng");
        DemoRound.createAt(file).close();
        List<Path> made = new ArrayList<>();
        for (int i = 0; i < Backups.KEEP + 3; i++) {
            made.add(Backups.create(file, "n" + i));
        }
        List<Path> kept = Backups.list(file);
        assertThat(kept).hasSize(Backups.KEEP);
        List<Path> newestTen = new ArrayList<>(made.subList(3, made.size()));
        java.util.Collections.reverse(newestTen);
        assertThat(kept).containsExactlyElementsOf(newestTen);
        assertThat(Backups.newest(file)).contains(made.get(made.size() - 1));
    }

    @Test
    void aBackupIsAnOnlineCopyThatIncludesChangesStillInTheWal() throws Exception {
        Path file = dir.resolve("round.sangsaeng");
        try (ReviewStore store = DemoRound.createAt(file)) {
            store.reviewers().insert("only in the WAL so far", "");
            assertThat(Files.size(dir.resolve("round.sangsaeng-wal"))).isPositive();
            Path backup = Backups.create(file, "open");
            try (ReviewStore copy = ReviewStore.open(backup)) {
                assertThat(copy.reviewers().findByName("only in the WAL so far")).isPresent();
                assertThat(copy.health().problems()).isEmpty();
            }
        }
    }

    @Test
    void theDailyBackupIsMadeOnlyWhenTheNewestIsADayOld() throws Exception {
        Path file = dir.resolve("round.sangsaeng");
        DemoRound.createAt(file).close();
        Path first = Backups.createIfOlderThan(file, Duration.ofDays(1), "daily").orElseThrow();
        assertThat(Backups.createIfOlderThan(file, Duration.ofDays(1), "daily")).isEmpty();
        Files.setLastModifiedTime(first, FileTime.from(Instant.now().minus(Duration.ofHours(25))));
        assertThat(Backups.createIfOlderThan(file, Duration.ofDays(1), "daily")).isPresent();
        assertThat(Backups.list(file)).hasSize(2);
    }

    /** Garbage over part of the file past its header, after folding the WAL in. */
    static void damage(Path file) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            s.executeUpdate("PRAGMA wal_checkpoint(TRUNCATE)");
        }
        long size = Files.size(file);
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            raf.seek(4096 + 100);
            byte[] junk = new byte[(int) Math.min(size - 4196, 8192)];
            java.util.Arrays.fill(junk, (byte) 0x5A);
            raf.write(junk);
        }
    }
}
