package kr.sangsaeng.review.cli;

import static kr.sangsaeng.review.cli.CliTest.run;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedWriter;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import kr.sangsaeng.review.cli.CliTest.Run;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Inputs that used to hang or crash are refused early, with the limit, and leave nothing behind. */
class InputLimitsCliTest {
    @TempDir
    Path dir;

    private Path mounted;

    @AfterEach
    void unmount() throws Exception {
        if (mounted != null) {
            new ProcessBuilder("umount", mounted.toString()).start().waitFor();
        }
    }

    private Path init() {
        Path db = dir.resolve("r.sangsaeng");
        assertThat(run("init", "--db", db.toString()).code()).isZero();
        return db;
    }

    @Test
    @Timeout(60)
    void aCsvWithAMillionColumnsIsRefusedAtItsHeader() throws Exception {
        Path db = init();
        Path csv = dir.resolve("wide.csv");
        try (BufferedWriter w = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
            w.write("ref,platform,title");
            for (int i = 0; i < 1_000_000; i++) {
                w.write(",m" + i);
            }
            w.write("\n1,p,t\n");
        }
        Run r = run("import", "submissions", "--db", db.toString(), csv.toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains("1,000,003 columns; an import takes at most 1,000");
    }

    @Test
    void aHugeCellIsRefusedWhileTheFileIsRead() throws Exception {
        Path db = init();
        Path csv = dir.resolve("long.csv");
        try (BufferedWriter w = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
            w.write("ref,platform,title\n1,p,\"");
            w.write("가".repeat(150_000));
            w.write("\"\n");
        }
        Run r = run("import", "submissions", "--db", db.toString(), csv.toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains("row 2").contains("more than 100,000 characters");
    }

    @Test
    void aWorkbookWithAHugeSharedStringIsRefusedCleanly() throws Exception {
        Path db = init();
        Path xlsx = dir.resolve("huge.xlsx");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(xlsx))) {
            zip.putNextEntry(new ZipEntry("xl/sharedStrings.xml"));
            byte[] block = new byte[1 << 20];
            java.util.Arrays.fill(block, (byte) 'a');
            for (int i = 0; i < 257; i++) {
                zip.write(block);
            }
            zip.closeEntry();
        }
        Run r = run("import", "submissions", "--db", db.toString(), xlsx.toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains("at most 256 MB").doesNotContain("Exception");
    }

    @Test
    void generateRefusesImpossibleSizesUpFrontAndLeavesNoFile() {
        Path db = dir.resolve("g.sangsaeng");
        Run r = run("generate", "--db", db.toString(), "--submissions", "2000000000", "--reviewers", "1000",
                "--criteria", "20");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains("at most 1,000,000 cases");
        assertThat(db).doesNotExist();
        assertThat(run("generate", "--db", db.toString(), "--submissions", "10", "--reviewers", "2", "--criteria", "2")
                .code()).isZero();
    }

    @Test
    void aGenerateThatFailsHalfWayLeavesNothingBehind() throws Exception {
        assumeTrue("root".equals(System.getProperty("user.name")), "a small tmpfs can only be mounted by root");
        Path small = Files.createDirectory(dir.resolve("small"));
        assumeTrue(new ProcessBuilder("mount", "-t", "tmpfs", "-o", "size=3m", "tmpfs", small.toString()).start()
                .waitFor() == 0, "mount allowed");
        mounted = small;
        Path db = small.resolve("g.sangsaeng");
        Run r = run("generate", "--db", db.toString(), "--submissions", "5000", "--reviewers", "2", "--criteria", "3");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).doesNotContain("Exception");
        try (Stream<Path> files = Files.list(small)) {
            assertThat(files).isEmpty();
        }
    }
}
