package kr.sangsaeng.review.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import kr.sangsaeng.review.demo.DemoRound;
import kr.sangsaeng.review.model.Decision;
import kr.sangsaeng.review.model.DecisionKind;
import kr.sangsaeng.review.model.Score;
import kr.sangsaeng.review.store.ReviewFileException.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The read path of the reports (rank, agreement, stability): read-only, lean, and still checked. */
class ReadOnlyReportsTest {
    @TempDir
    Path dir;

    @Test
    void scoreValuesAreTheScoresWithoutTimestamps() throws Exception {
        try (ReviewStore store = DemoRound.createAt(dir.resolve("d.sangsaeng"))) {
            Comparator<Score> byKey = Comparator.comparingLong(Score::submissionId)
                    .thenComparingLong(Score::reviewerId).thenComparingLong(Score::criterionId);
            List<Score> lean = store.scores().findAllValues().stream().sorted(byKey).toList();
            List<Score> full = store.scores().findAll().stream().sorted(byKey)
                    .map(s -> new Score(s.reviewerId(), s.submissionId(), s.criterionId(), s.value(), null)).toList();
            assertThat(lean).hasSize(84).isEqualTo(full);
        }
    }

    @Test
    void aReadOnlyStoreReadsButLeavesTheFileExactlyAsItWas() throws Exception {
        Path file = dir.resolve("d.sangsaeng");
        DemoRound.createAt(file).close();
        String before = RefusedFilesTest.sha256(file);
        try (ReviewStore store = ReviewStore.openReadOnly(file)) {
            assertThat(store.submissions().count()).isEqualTo(6);
            Decision d = new Decision(store.submissions().findAll().get(0).id(), DecisionKind.AWARDED, "", Instant.now());
            assertThatThrownBy(() -> store.decisions().put(d, "secretary")).isInstanceOf(StoreException.class);
        }
        assertThat(RefusedFilesTest.sha256(file)).isEqualTo(before);
        assertThat(Backups.list(file)).isEmpty();
    }

    @Test
    void theQuickCheckRefusesADamagedFileThatTheReadOnlyOpenLetsThrough() throws Exception {
        Path file = dir.resolve("damaged.sangsaeng");
        DemoRound.createAt(file).close();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            s.executeUpdate("PRAGMA wal_checkpoint(TRUNCATE)");
        }
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            raf.seek(4096 + 100);
            raf.write(new byte[8192]);
        }
        ReviewStore.openReadOnly(file).close();
        ReviewFileException e = catchThrowableOfType(ReviewFileException.class, () -> ReviewStore.quickCheck(file));
        assertThat(e).isNotNull();
        assertThat(e.problem()).isEqualTo(Problem.DAMAGED);
    }

    @Test
    void aReadOnlyOpenRefusesAFileWithoutTheTablesTheReportsRead() throws Exception {
        Path file = dir.resolve("d.sangsaeng");
        DemoRound.createAt(file).close();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            s.executeUpdate("PRAGMA foreign_keys = OFF");
            s.executeUpdate("DROP TABLE score");
        }
        ReviewFileException e = catchThrowableOfType(ReviewFileException.class, () -> ReviewStore.openReadOnly(file));
        assertThat(e.problem()).isEqualTo(Problem.DAMAGED);
        assertThat(e.getMessage()).contains("table score is missing");
    }

    @Test
    void aReadThatMeetsADamagedPageFailsInsteadOfReturningWrongRows() throws Exception {
        Path file = dir.resolve("d.sangsaeng");
        DemoRound.createAt(file).close();
        long scorePage;
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            s.executeUpdate("PRAGMA wal_checkpoint(TRUNCATE)");
            ResultSet rs = s.executeQuery("SELECT rootpage FROM sqlite_master WHERE name = 'score'");
            scorePage = rs.getLong(1);
        }
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            raf.seek(4096 * (scorePage - 1));
            byte[] garbage = new byte[4096];
            java.util.Arrays.fill(garbage, (byte) 0xff);
            raf.write(garbage);
        }
        try (ReviewStore store = ReviewStore.openReadOnly(file)) {
            assertThatThrownBy(() -> store.scores().findAllValues()).isInstanceOf(StoreException.class);
        }
        assertThat(catchThrowableOfType(ReviewFileException.class, () -> ReviewStore.quickCheck(file)).problem())
                .isEqualTo(Problem.DAMAGED);
    }

    @Test
    void aReadOnlyOpenRefusesWhatOpenRefuses() throws Exception {
        Path text = Files.writeString(dir.resolve("notes.sangsaeng"), "hello");
        ReviewFileException e = catchThrowableOfType(ReviewFileException.class, () -> ReviewStore.openReadOnly(text));
        assertThat(e.problem()).isEqualTo(Problem.NOT_SQLITE);
    }
}
