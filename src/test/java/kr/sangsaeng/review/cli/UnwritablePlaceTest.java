package kr.sangsaeng.review.cli;

import static kr.sangsaeng.review.cli.CliTest.run;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import kr.sangsaeng.review.cli.CliTest.Run;
import kr.sangsaeng.review.exchange.ExchangeTestFiles;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A healthy file in a read-only folder or on a full disk is not damaged: it is reported for what it
 * is, reports still read it, and no command advises restoring an older backup over it.
 * A read-only folder is a read-only bind mount when the tests run as root (who may write anywhere)
 * and a folder without write permission otherwise; a full disk needs a small tmpfs, so root only.
 */
class UnwritablePlaceTest {
    @TempDir
    Path dir;

    private final List<Path> mounts = new ArrayList<>();
    private Path lockedFolder;

    @AfterEach
    void release() throws Exception {
        for (Path m : mounts) {
            sh("umount", m.toString());
        }
        if (lockedFolder != null) {
            Files.setPosixFilePermissions(lockedFolder, PosixFilePermissions.fromString("rwx------"));
        }
    }

    @Test
    void aFileInAReadOnlyFolderIsReadButNotCalledDamaged() throws Exception {
        Path rw = Files.createDirectory(dir.resolve("rw"));
        assertThat(run("demo", "--db", rw.resolve("r.sangsaeng").toString()).code()).isZero();
        Path folder = readOnly(rw);
        Path db = folder.resolve("r.sangsaeng");
        String before = sha256(db);
        Path csv = ExchangeTestFiles.csv(dir, "s.csv", "ref,platform,title\n2030-01,쿠팡,사례\n");

        Run imported = run("import", "submissions", "--db", db.toString(), csv.toString());
        assertThat(imported.code()).isEqualTo(1);
        assertThat(imported.err()).contains("read-only").contains("not damaged")
                .doesNotContainIgnoringCase("restore").doesNotContain("is damaged");
        Run rank = run("rank", "--db", db.toString());
        assertThat(rank.code()).as(rank.err()).isZero();
        assertThat(rank.out()).contains("2022-03");
        assertThat(run("check", "--db", db.toString()).code()).isZero();
        assertThat(sha256(db)).isEqualTo(before);
    }

    @Test
    void aFileOnAFullDiskIsReadButNotCalledDamaged() throws Exception {
        assumeTrue(isRoot(), "a small tmpfs can only be mounted by root");
        Path full = Files.createDirectory(dir.resolve("full"));
        assumeTrue(sh("mount", "-t", "tmpfs", "-o", "size=1m", "tmpfs", full.toString()) == 0, "mount allowed");
        mounts.add(full);
        Path db = full.resolve("r.sangsaeng");
        assertThat(run("demo", "--db", dir.resolve("r.sangsaeng").toString()).code()).isZero();
        Files.copy(dir.resolve("r.sangsaeng"), db, StandardCopyOption.COPY_ATTRIBUTES);
        fill(full);
        String before = sha256(db);
        Path csv = ExchangeTestFiles.csv(dir, "s.csv", "ref,platform,title\n2030-01,쿠팡,사례\n");

        Run imported = run("import", "submissions", "--db", db.toString(), csv.toString());
        assertThat(imported.code()).isEqualTo(1);
        assertThat(imported.err()).contains("is full").contains("not damaged").doesNotContainIgnoringCase("restore");
        assertThat(run("rank", "--db", db.toString()).code()).isZero();
        assertThat(sha256(db)).isEqualTo(before);
    }

    private Path readOnly(Path folder) throws Exception {
        if (isRoot()) {
            Path view = Files.createDirectory(dir.resolve("ro"));
            assumeTrue(sh("mount", "--bind", folder.toString(), view.toString()) == 0, "mount allowed");
            mounts.add(view);
            assumeTrue(sh("mount", "-o", "remount,ro,bind", view.toString()) == 0, "remount allowed");
            return view;
        }
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("r-x------"));
        lockedFolder = folder;
        return folder;
    }

    private static void fill(Path folder) {
        try (var out = Files.newOutputStream(folder.resolve("filler"))) {
            byte[] block = new byte[4096];
            while (true) {
                out.write(block);
            }
        } catch (IOException expected) {
            // The disk is full now.
        }
    }

    private static boolean isRoot() {
        return "root".equals(System.getProperty("user.name"));
    }

    private static int sh(String... command) throws Exception {
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start().waitFor();
    }

    private static String sha256(Path file) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }
}
