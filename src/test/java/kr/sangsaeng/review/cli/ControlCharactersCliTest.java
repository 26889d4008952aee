package kr.sangsaeng.review.cli;

import static kr.sangsaeng.review.cli.CliTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Set;
import kr.sangsaeng.review.cli.CliTest.Run;
import kr.sangsaeng.review.exchange.ExchangeTestFiles;
import kr.sangsaeng.review.model.Submission;
import kr.sangsaeng.review.store.ReviewStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Control and bidi-override characters in stored text never reach the terminal raw. */
class ControlCharactersCliTest {
    private static final String HOSTILE = "쿠팡\r   1  FAKE\u001b[2J\u202Eevil";

    @TempDir
    Path dir;

    @Test
    void tablesAndMessagesEscapeControlAndBidiCharactersWhileTheFileKeepsThem() throws Exception {
        Path db = dir.resolve("r.sangsaeng");
        assertThat(run("demo", "--db", db.toString()).code()).isZero();
        try (ReviewStore store = ReviewStore.open(db)) {
            Submission s = store.submissions().findByRef("2022-05").orElseThrow();
            store.submissions().insert("2030-01", HOSTILE, "제목\u001b]0;title\u0007", Set.of(), "", s.status());
        }
        for (String[] args : new String[][] {{"rank", "--db", db.toString()},
                {"rank", "--db", db.toString(), "--format", "json"}, {"stability", "--db", db.toString(), "--top", "3",
                "--draws", "50"}}) {
            Run r = run(args);
            assertThat(r.code()).as(r.err()).isZero();
            assertThat(r.out()).as(String.join(" ", args)).doesNotContain("\r", "\u001b", "\u202E", "\u0007");
        }
        Run table = run("rank", "--db", db.toString());
        assertThat(table.out()).contains("쿠팡\\u000D   1  FAKE\\u001B[2J\\u202Eevil");
        try (ReviewStore store = ReviewStore.openReadOnly(db)) {
            assertThat(store.submissions().findByRef("2030-01").orElseThrow().platformName()).isEqualTo(HOSTILE);
        }
    }

    @Test
    void importProblemsAreEscapedAndANulIsRefused() throws Exception {
        Path db = dir.resolve("r.sangsaeng");
        assertThat(run("init", "--db", db.toString()).code()).isZero();
        Path f = ExchangeTestFiles.csv(dir, "s.csv", "ref,platform,title\n2030-01,P\u0000Q,t\n2030-02\u202E,P,t\u001b[31m\n");
        Run r = run("import", "submissions", "--db", db.toString(), f.toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains("row 2, column B (platform): the cell holds a NUL character")
                .doesNotContain("\u0000", "\u202E", "\u001b");
    }
}
