package kr.sangsaeng.review.cli;

import static kr.sangsaeng.review.cli.CliTest.run;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import kr.sangsaeng.review.cli.CliTest.Run;
import kr.sangsaeng.review.exchange.OutputFiles;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An export never destroys a review file, leaves nothing behind, and is readable by its owner only. */
class ExportSafetyCliTest {
    @TempDir
    Path dir;

    private Path mounted;

    @AfterEach
    void unmount() throws Exception {
        if (mounted != null) {
            new ProcessBuilder("umount", mounted.toString()).start().waitFor();
        }
    }

    private Path demo(String name) {
        Path db = dir.resolve(name);
        assertThat(run("demo", "--db", db.toString()).code()).isZero();
        return db;
    }

    @Test
    void anExportOverItsOwnReviewFileIsRefusedAndTheRoundStays() throws Exception {
        Path db = demo("r.csv");
        String before = sha256(db);
        Run r = run("export", "scores", "--db", db.toString(), "--out", db.toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains("review file").doesNotContain("Exception");
        assertThat(sha256(db)).isEqualTo(before);
        assertThat(run("rank", "--db", db.toString()).code()).isZero();
    }

    @Test
    void anExportOverAnotherReviewFileItsLogOrABackupIsRefused() throws Exception {
        Path db = demo("r.sangsaeng");
        Path other = demo("other.csv");
        String otherBefore = sha256(other);
        Path backups = Files.createDirectories(dir.resolve("r.sangsaeng.backups"));
        for (Path out : List.of(other, dir.resolve("r.sangsaeng-wal"), dir.resolve("r.sangsaeng-shm"),
                backups.resolve("scores.csv"))) {
            Run r = run("export", "scores", "--db", db.toString(), "--out", out.toString());
            assertThat(r.code()).as(out.toString()).isEqualTo(1);
        }
        Run shortlist = run("export", "shortlist", "--db", db.toString(), "--out", other.toString(), "--top", "3");
        assertThat(shortlist.code()).isEqualTo(1);
        assertThat(sha256(other)).isEqualTo(otherBefore);
        assertThat(backups.resolve("scores.csv")).doesNotExist();
    }

    @Test
    void scorePacksAndShortlistsAreWrittenOwnerOnly() throws Exception {
        Path db = demo("r.sangsaeng");
        Path pack = dir.resolve("pack.csv");
        Path shortlist = dir.resolve("shortlist.csv");
        Path xlsx = dir.resolve("shortlist.xlsx");
        assertThat(run("export", "scores", "--db", db.toString(), "--out", pack.toString()).code()).isZero();
        assertThat(run("export", "shortlist", "--db", db.toString(), "--out", shortlist.toString(), "--top", "3").code()).isZero();
        assertThat(run("export", "shortlist", "--db", db.toString(), "--out", xlsx.toString(), "--top", "3").code()).isZero();
        for (Path p : List.of(pack, shortlist, xlsx)) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(p))).as(p.toString()).isEqualTo("rw-------");
        }
    }

    @Test
    void temporaryFilesAreOwnerOnlyAndAKilledExportsLeftoversGoAtTheNextExport() throws Exception {
        Path db = demo("r.sangsaeng");
        Path out = dir.resolve("out");
        Files.createDirectories(out);
        Path temp = OutputFiles.createTemp(out.resolve("x.csv"));
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(temp))).isEqualTo("rw-------");
        Files.setLastModifiedTime(temp, FileTime.from(Instant.now().minusSeconds(3600)));
        Path fresh = OutputFiles.createTemp(out.resolve("y.csv"));
        assertThat(run("export", "scores", "--db", db.toString(), "--out", out.resolve("pack.csv").toString()).code()).isZero();
        assertThat(temp).as("a killed export's leftover").doesNotExist();
        assertThat(fresh).as("an export still running").exists();
    }

    @Test
    void anExportOnAFullDiskSaysSoAndLeavesNothing() throws Exception {
        assumeTrue("root".equals(System.getProperty("user.name")), "a small tmpfs can only be mounted by root");
        Path db = demo("r.sangsaeng");
        Path full = Files.createDirectory(dir.resolve("full"));
        assumeTrue(new ProcessBuilder("mount", "-t", "tmpfs", "-o", "size=64k", "tmpfs", full.toString()).start()
                .waitFor() == 0, "mount allowed");
        mounted = full;
        try (var o = Files.newOutputStream(full.resolve("filler"))) {
            while (true) {
                o.write(new byte[4096]);
            }
        } catch (IOException expected) {
            // full now
        }
        Run r = run("export", "scores", "--db", db.toString(), "--out", full.resolve("pack.csv").toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains("the disk is full").contains("nothing was written").doesNotContain("Exception");
        try (Stream<Path> files = Files.list(full)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("filler");
        }
    }

    private static String sha256(Path file) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }
}
