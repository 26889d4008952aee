package kr.sangsaeng.review.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.HexFormat;
import kr.sangsaeng.review.model.Round;
import kr.sangsaeng.review.store.ReviewFileException.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files we must not open are refused with their own reason and left exactly as they were. */
class RefusedFilesTest {
    @TempDir
    Path dir;

    @Test
    void rejectsFileFromNewerVersionAndLeavesItByteForByteUnchanged() throws Exception {
        Path file = dir.resolve("newer.sangsaeng");
        ReviewStore.create(file, new Round("r", 2022, "", false)).close();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            s.executeUpdate("PRAGMA user_version = " + (Schema.LATEST_VERSION + 1));
            s.executeUpdate("PRAGMA wal_checkpoint(TRUNCATE)");
        }
        String before = sha256(file);
        ReviewFileException e = refused(file, Problem.NEWER_VERSION);
        assertThat(e.fileVersion()).isEqualTo(Schema.LATEST_VERSION + 1);
        assertThat(e.getMessage()).contains("needs schema version " + (Schema.LATEST_VERSION + 1));
        assertThat(sha256(file)).isEqualTo(before);
        assertThat(Backups.list(file)).isEmpty();
    }

    @Test
    void rejectsATextFile() throws Exception {
        Path file = dir.resolve("notes.sangsaeng");
        Files.writeString(file, "ref,platform,title\n2022-01,롯데,판촉\n", StandardCharsets.UTF_8);
        String before = sha256(file);
        refused(file, Problem.NOT_SQLITE);
        assertThat(sha256(file)).isEqualTo(before);
    }

    @Test
    void rejectsAZeroByteFile() throws Exception {
        Path file = Files.createFile(dir.resolve("empty.sangsaeng"));
        refused(file, Problem.EMPTY);
        assertThat(Files.size(file)).isZero();
    }

    @Test
    void rejectsAnSqliteFileThatIsNotOurs() throws Exception {
        Path file = dir.resolve("other.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            s.executeUpdate("CREATE TABLE t (x)");
        }
        String before = sha256(file);
        refused(file, Problem.NOT_REVIEW_FILE);
        assertThat(sha256(file)).isEqualTo(before);
    }

    @Test
    void rejectsADamagedFileWithoutModifyingIt() throws Exception {
        Path file = dir.resolve("damaged.sangsaeng");
        try (ReviewStore store = kr.sangsaeng.review.demo.DemoRound.createAt(file)) {
            store.inTransaction(() -> { });
        }
        checkpoint(file);
        long size = Files.size(file);
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            // Overwrite most of page 2 onward with garbage, keeping the header intact.
            raf.seek(4096 + 100);
            byte[] junk = new byte[(int) Math.min(size - 4196, 8192)];
            java.util.Arrays.fill(junk, (byte) 0x5A);
            raf.write(junk);
        }
        String before = sha256(file);
        refused(file, Problem.DAMAGED);
        assertThat(sha256(file)).isEqualTo(before);
    }

    @Test
    void rejectsATruncatedCopyWithoutModifyingIt() throws Exception {
        Path original = dir.resolve("original.sangsaeng");
        kr.sangsaeng.review.demo.DemoRound.createAt(original).close();
        checkpoint(original);
        Path copy = dir.resolve("truncated.sangsaeng");
        byte[] bytes = Files.readAllBytes(original);
        // A copy cut off half-way, as an interrupted download or a full USB stick leaves it.
        Files.write(copy, java.util.Arrays.copyOf(bytes, bytes.length / 2));
        String before = sha256(copy);
        ReviewFileException e = refused(copy, Problem.DAMAGED);
        assertThat(e.getMessage()).contains("truncated.sangsaeng is damaged");
        assertThat(sha256(copy)).isEqualTo(before);
    }

    @Test
    void rejectsAMissingFile() {
        refused(dir.resolve("nope.sangsaeng"), Problem.NOT_FOUND);
    }

    @Test
    void migratingAnOlderFileBacksItUpFirst() throws Exception {
        Path file = dir.resolve("old.sangsaeng");
        ReviewStore.create(file, new Round("r", 2022, "", false)).close();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            // Pretend the file predates the newest migration by rolling it back to an empty version 0 schema
            // that still carries our id: the open must back it up and then bring it to the latest version.
            // Every round table, last first (Tables.ROUND is in foreign-key order).
            java.util.List<String> lastFirst = new java.util.ArrayList<>(Tables.ROUND);
            java.util.Collections.reverse(lastFirst);
            for (String t : lastFirst) {
                s.executeUpdate("DROP TABLE " + t);
            }
            s.executeUpdate("PRAGMA user_version = 0");
        }
        try (ReviewStore store = ReviewStore.open(file)) {
            assertThat(store.health().schemaVersion()).isEqualTo(Schema.LATEST_VERSION);
        }
        assertThat(Backups.list(file)).hasSize(1);
    }

    private static ReviewFileException refused(Path file, Problem expected) {
        ReviewFileException e = catchThrowableOfType(ReviewFileException.class, () -> ReviewStore.open(file));
        assertThat(e).as("opening %s", file.getFileName()).isNotNull();
        assertThat(e.problem()).isEqualTo(expected);
        return e;
    }

    private static void checkpoint(Path file) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            s.executeUpdate("PRAGMA wal_checkpoint(TRUNCATE)");
        }
    }

    static String sha256(Path file) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }
}
