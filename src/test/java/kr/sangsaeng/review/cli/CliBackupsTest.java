package kr.sangsaeng.review.cli;

import static kr.sangsaeng.review.cli.CliTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import kr.sangsaeng.review.cli.CliTest.Run;
import kr.sangsaeng.review.exchange.ExchangeTestFiles;
import kr.sangsaeng.review.store.Backups;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line backs a file up before its first write of the day, as the window does; reports never do. */
class CliBackupsTest {
    @TempDir
    Path dir;

    @Test
    void theFirstImportOfTheDayBacksUpAndTheNextDoesNot() throws Exception {
        Path db = dir.resolve("r.sangsaeng");
        assertThat(run("demo", "--db", db.toString()).code()).isZero();
        assertThat(run("rank", "--db", db.toString()).code()).isZero();
        assertThat(run("export", "scores", "--db", db.toString(), "--out", dir.resolve("p.csv").toString()).code()).isZero();
        assertThat(Backups.list(db)).as("after reports").isEmpty();

        Path f = ExchangeTestFiles.csv(dir, "s.csv", "ref,platform,title\n2030-01,쿠팡,사례\n");
        Run r = run("import", "submissions", "--db", db.toString(), f.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(Backups.list(db)).hasSize(1);
        Path g = ExchangeTestFiles.csv(dir, "t.csv", "ref,platform,title\n2030-02,쿠팡,사례\n");
        assertThat(run("import", "submissions", "--db", db.toString(), g.toString()).code()).isZero();
        assertThat(Backups.list(db)).hasSize(1);
    }
}
