package kr.sangsaeng.review.cli;

import static kr.sangsaeng.review.cli.CliTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import kr.sangsaeng.review.cli.CliTest.Run;
import kr.sangsaeng.review.exchange.ExchangeTestFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportExportCliTest {
    @TempDir
    Path dir;

    private Path demo() {
        Path db = dir.resolve("demo.sangsaeng");
        assertThat(run("demo", "--db", db.toString()).code()).isZero();
        return db;
    }

    @Test
    void importPrintsASummaryAndExitsZero() throws Exception {
        Path db = dir.resolve("n.sangsaeng");
        run("init", "--db", db.toString());
        Path f = ExchangeTestFiles.csv(dir, "s.csv", "접수번호,플랫폼,사례명,지원 소상공인 수 [명]\n2023-01,쿠팡,사례,약 300명\n");
        Run r = run("import", "submissions", "--db", db.toString(), f.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("cases: 1 added, 0 changed, 0 unchanged").contains("지원 소상공인 수 [persons]");
    }

    @Test
    void aFileWithProblemsPrintsEveryOneOnStderrExitsOneAndChangesNothing() throws Exception {
        Path db = demo();
        String hash = ExchangeTestFiles.contentHash(db);
        Path f = ExchangeTestFiles.csv(dir, "bad.csv", "ref,platform,title,m\n2023-01,,t,1\n2023-02,p,t,many\n");
        Run r = run("import", "submissions", "--db", db.toString(), f.toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains("row 2, column B (platform): the platform is empty")
                .contains("row 3, column D (m): not a number: \"many\"")
                .contains("error: 2 problems in bad.csv; nothing was imported.");
        assertThat(r.out()).isEmpty();
        assertThat(ExchangeTestFiles.contentHash(db)).isEqualTo(hash);
    }

    @Test
    void changingCasesThatExistNeedsUpdate() throws Exception {
        Path db = demo();
        Path f = ExchangeTestFiles.csv(dir, "s.csv", "ref,platform,title\n2022-05,쿠팡,새 제목\n");
        Run refused = run("import", "submissions", "--db", db.toString(), f.toString());
        assertThat(refused.code()).isEqualTo(1);
        assertThat(refused.err()).contains("2022-05").contains("--update");
        Run updated = run("import", "submissions", "--db", db.toString(), f.toString(), "--update");
        assertThat(updated.code()).as(updated.err()).isZero();
        assertThat(updated.out()).contains("0 added, 1 changed");
    }

    @Test
    void theEncodingCanBeNamed() throws Exception {
        Path db = dir.resolve("n.sangsaeng");
        run("init", "--db", db.toString());
        Path f = ExchangeTestFiles.bytes(dir, "cp.csv", "ref,platform,title\n1,쿠팡,사례\n", StandardCharsets.UTF_8, false);
        assertThat(run("import", "submissions", "--db", db.toString(), f.toString(), "--encoding", "klingon").code()).isEqualTo(1);
        Run wrong = run("import", "submissions", "--db", db.toString(), f.toString(), "--encoding", "UTF-16");
        assertThat(wrong.code()).isEqualTo(1);
        assertThat(run("import", "submissions", "--db", db.toString(), f.toString(), "--encoding", "utf-8").code()).isZero();
    }

    @Test
    void usageErrorsExitTwo() {
        assertThat(run("import", "shortlist", "--db", "x", "y.csv").code()).isEqualTo(2);
        assertThat(run("import", "submissions", "y.csv").code()).isEqualTo(2);
        assertThat(run("export", "everything", "--db", "x", "--out", "y.csv").code()).isEqualTo(2);
        assertThat(run("export", "metrics", "--db", "x", "--out", "y.csv", "--reviewer", "김").code()).isEqualTo(2);
    }

    @Test
    void exportsWriteCsvAndRefuseOtherFormatsAndUnknownReviewers() throws Exception {
        Path db = demo();
        for (String kind : new String[] {"submissions", "rubric", "scores", "metrics"}) {
            Path out = dir.resolve(kind + ".csv");
            Run r = run("export", kind, "--db", db.toString(), "--out", out.toString());
            assertThat(r.code()).as(kind + r.err()).isZero();
            assertThat(Files.size(out)).isPositive();
        }
        assertThat(run("export", "metrics", "--db", db.toString(), "--out", dir.resolve("m.pdf").toString()).code()).isEqualTo(1);
        Run nobody = run("export", "scores", "--db", db.toString(), "--out", dir.resolve("p.csv").toString(), "--reviewer", "nobody");
        assertThat(nobody.code()).isEqualTo(1);
        assertThat(nobody.err()).contains("no reviewer \"nobody\"");
    }

    @Test
    void aScorePackExportedFromOneFileMergesIntoAnotherAndASecondImportChangesNothing() throws Exception {
        Path db = demo();
        Path pack = dir.resolve("pack.csv");
        run("export", "scores", "--db", db.toString(), "--out", pack.toString(), "--reviewer", "박준호 (예시 위원)");
        Run again = run("import", "scores", "--db", db.toString(), pack.toString());
        assertThat(again.code()).as(again.err()).isZero();
        assertThat(again.out()).contains("0 added, 0 changed, 31 unchanged");
    }
}
