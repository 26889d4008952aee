package kr.sangsaeng.review.cli;

import static kr.sangsaeng.review.cli.CliTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.HexFormat;
import kr.sangsaeng.review.cli.CliTest.Run;
import kr.sangsaeng.review.exchange.ExchangeTestFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A file that {@code check} calls damaged is never written to: an import into it is refused and the
 * file keeps every byte, even when SQLite's quick check finds nothing wrong.
 */
class DamagedFileCliTest {
    @TempDir
    Path dir;

    private Path demo() throws Exception {
        Path db = dir.resolve("demo.sangsaeng");
        assertThat(run("demo", "--db", db.toString()).code()).isZero();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement()) {
            s.executeUpdate("PRAGMA wal_checkpoint(TRUNCATE)");
        }
        return db;
    }

    @Test
    void aFileCutShortByTenBytesIsNotImportedInto() throws Exception {
        Path db = demo();
        cut(db, 10);
        assertRefusedUnchanged(db);
    }

    @Test
    void aFileCutShortByOneByteIsNotImportedInto() throws Exception {
        Path db = demo();
        cut(db, 1);
        assertRefusedUnchanged(db);
    }

    @Test
    void aFileWithABrokenIndexIsNotImportedInto() throws Exception {
        Path db = demo();
        // Point an index's definition at another column: its entries no longer match the table,
        // which quick_check does not notice and integrity_check does.
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement()) {
            s.execute("PRAGMA writable_schema = ON");
            s.executeUpdate("UPDATE sqlite_master SET sql = 'CREATE INDEX score_criterion ON score (reviewer_id)'"
                    + " WHERE name = 'score_criterion'");
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement()) {
            s.executeUpdate("PRAGMA wal_checkpoint(TRUNCATE)");
        }
        assertRefusedUnchanged(db);
    }

    @Test
    void aFileWithAFlippedPageIsNotImportedInto() throws Exception {
        Path db = demo();
        try (RandomAccessFile raf = new RandomAccessFile(db.toFile(), "rw")) {
            long pages = raf.length() / 4096;
            raf.seek((pages - 1) * 4096 + 2000);
            raf.write(new byte[64]);
        }
        assertRefusedUnchanged(db);
    }

    private void assertRefusedUnchanged(Path db) throws Exception {
        String before = sha256(db);
        Run check = run("check", "--db", db.toString());
        assertThat(check.code()).as(check.out()).isEqualTo(1);
        Path f = ExchangeTestFiles.csv(dir, "s.csv", "ref,platform,title\n2030-01,쿠팡,사례\n");
        Run r = run("import", "submissions", "--db", db.toString(), f.toString());
        assertThat(r.code()).as(r.out()).isEqualTo(1);
        assertThat(r.err()).contains("damaged").doesNotContain("Exception");
        assertThat(sha256(db)).isEqualTo(before);
        assertThat(dir.resolve(db.getFileName() + "-wal")).doesNotExist();
    }

    private static void cut(Path file, int bytes) throws Exception {
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            raf.setLength(raf.length() - bytes);
        }
    }

    private static String sha256(Path file) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }
}
