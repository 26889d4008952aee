package kr.sangsaeng.review.cli;

import static kr.sangsaeng.review.cli.CliTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import kr.sangsaeng.review.analysis.StabilityLimits;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Draws that cannot fit and thresholds outside 0-100 are refused up front, with the limit and the reason. */
class EdgeOptionsTest {
    @TempDir
    Path dir;

    private Path demo() {
        Path db = dir.resolve("d.sangsaeng");
        assertThat(run("demo", "--db", db.toString()).code()).isZero();
        return db;
    }

    @Test
    void refusesMoreDrawsThanFitInMemoryBeforeStarting() {
        Path db = demo();
        String tooMany = Long.toString(Math.min(Integer.MAX_VALUE - 8L, StabilityLimits.maxDraws(6) * 4L));

        CliTest.Run stability = run("stability", "--db", db.toString(), "--top", "3", "--draws", tooMany);
        CliTest.Run export = run("export", "shortlist", "--db", db.toString(), "--out", dir.resolve("s.csv").toString(),
                "--top", "3", "--draws", tooMany);

        for (CliTest.Run r : new CliTest.Run[] {stability, export}) {
            assertThat(r.code()).isEqualTo(1);
            assertThat(r.err()).contains("--draws " + tooMany + " is more than the")
                    .contains("use at most").doesNotContain("OutOfMemoryError");
        }
    }

    @Test
    void acceptsAThresholdFromZeroToAHundredOnly() {
        Path db = demo();
        for (String bad : new String[] {"NaN", "-1", "100.5", "Infinity"}) {
            CliTest.Run r = run("export", "shortlist", "--db", db.toString(), "--out", dir.resolve("t.csv").toString(),
                    "--threshold", bad);

            assertThat(r.code()).as(bad).isEqualTo(2);
            assertThat(r.err()).contains("--threshold takes a score from 0 to 100");
        }
        assertThat(run("export", "shortlist", "--db", db.toString(), "--out", dir.resolve("ok.csv").toString(),
                "--threshold", "50").code()).isZero();
    }
}
