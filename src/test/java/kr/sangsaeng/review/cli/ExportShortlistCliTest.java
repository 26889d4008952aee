package kr.sangsaeng.review.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import kr.sangsaeng.review.cli.CliTest.Run;
import kr.sangsaeng.review.store.ReviewStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExportShortlistCliTest {
    @TempDir
    Path dir;

    private Path db;

    @BeforeEach
    void demo() {
        db = dir.resolve("d.sangsaeng");
        assertThat(CliTest.run("demo", "--db", db.toString()).code()).isZero();
    }

    @Test
    void exportsAndSaysWhatItWroteAndStored() throws Exception {
        Path out = dir.resolve("top3.csv");
        Run r = CliTest.run("export", "shortlist", "--db", db.toString(), "--out", out.toString(), "--top", "3",
                "--method", "median", "--draws", "200", "--seed", "7");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("exported 6 submissions (3 shortlisted)").contains("sha256 ");
        String record = Files.readString(dir.resolve("top3.decision-record.json"));
        assertThat(record).contains("\"method\" : \"median\"").contains("\"draws\" : 200").contains("\"seed\" : 7")
                .contains("\"rule_source\" : \"overridden\"");
        assertThat(r.out()).contains("method, top_n, draws, seed overridden for this export");
        try (ReviewStore store = ReviewStore.open(db)) {
            assertThat(store.decisionRecords().findAll()).hasSize(1);
        }
    }

    @Test
    void anUnknownKindIsAUsageError() {
        Run r = CliTest.run("export", "rankings", "--db", db.toString(), "--out", dir.resolve("x.csv").toString());
        assertThat(r.code()).isEqualTo(Cli.USAGE);
        assertThat(r.err()).contains("'rankings'").contains("shortlist");
    }

    @Test
    void optionsOutOfRangeAreUsageErrors() {
        String out = dir.resolve("x.csv").toString();
        assertThat(CliTest.run("export", "shortlist", "--db", db.toString(), "--out", out, "--top", "-1").code())
                .isEqualTo(Cli.USAGE);
        assertThat(CliTest.run("export", "shortlist", "--db", db.toString(), "--out", out, "--method", "best").code())
                .isEqualTo(Cli.USAGE);
        assertThat(CliTest.run("export", "shortlist", "--db", db.toString(), "--out", out, "--top", "0").code())
                .as("neither places nor a threshold").isEqualTo(Cli.USAGE);
        assertThat(CliTest.run("export", "shortlist", "--db", db.toString()).code()).isEqualTo(Cli.USAGE);
    }

    @Test
    void anOutputNameWithoutAKnownExtensionIsBadInputAndWritesNothing() throws Exception {
        Run r = CliTest.run("export", "shortlist", "--db", db.toString(), "--out", dir.resolve("x.txt").toString());
        assertThat(r.code()).isEqualTo(Cli.BAD_INPUT);
        assertThat(r.err().strip()).startsWith("error:").contains(".csv, .xlsx or .pdf");
        assertThat(dir.resolve("x.txt")).doesNotExist();
        try (ReviewStore store = ReviewStore.open(db)) {
            assertThat(store.decisionRecords().findAll()).isEmpty();
        }
    }

    @Test
    void aMissingReviewFileIsBadInput() {
        Run r = CliTest.run("export", "shortlist", "--db", dir.resolve("none.sangsaeng").toString(), "--out",
                dir.resolve("x.csv").toString());
        assertThat(r.code()).isEqualTo(Cli.BAD_INPUT);
        assertThat(r.err()).contains("none.sangsaeng");
    }
}
