package kr.sangsaeng.review.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.List;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import kr.sangsaeng.review.analysis.PanelAnalysis;
import kr.sangsaeng.review.analysis.ShortlistRule;
import kr.sangsaeng.review.analysis.StabilityOptions;
import kr.sangsaeng.review.analysis.StabilityProgress;
import kr.sangsaeng.review.analysis.StabilityResult;
import kr.sangsaeng.review.analysis.SubmissionStability;
import kr.sangsaeng.review.app.PanelLoader;
import kr.sangsaeng.review.demo.DemoRound;
import kr.sangsaeng.review.store.ReviewStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StabilityCommandTest {
    @TempDir
    Path dir;

    @Test
    void printsTheAnalysisFiguresPerCaseInRankOrder() throws Exception {
        Path db = dir.resolve("demo.sangsaeng");
        StabilityResult expected;
        try (ReviewStore store = DemoRound.createAt(db)) {
            expected = PanelAnalysis.of(PanelLoader.load(store))
                    .stability(StabilityOptions.defaults(ShortlistRule.top(3)).withDraws(400).withSeed(7),
                            StabilityProgress.NONE);
        }
        ReportCommandsTest.Run r = ReportCommandsTest.run("stability", "--db", db.toString(), "--top", "3",
                "--draws", "400", "--seed", "7", "--format", "json");
        assertThat(r.code()).as(r.err()).isZero();
        JsonNode root = new ObjectMapper().readTree(r.out());
        assertThat(root.get("draws").asInt()).isEqualTo(400);
        assertThat(root.get("seed").asLong()).isEqualTo(7);
        JsonNode cases = root.get("cases");
        assertThat(cases).hasSize(6);
        assertThat(cases.get(0).get("ref").asText()).isEqualTo("2022-03");
        for (JsonNode c : cases) {
            assertThat(ReportCommandsTest.fieldNames(c)).containsExactlyElementsOf(StabilityCommand.CASE_KEYS);
            SubmissionStability s = expected.submissions().stream()
                    .filter(x -> x.submission().ref().equals(c.get("ref").asText())).findFirst().orElseThrow();
            assertThat(c.get("probability").asDouble()).isCloseTo(s.probability(), within(0.5e-4));
            assertThat(c.get("median_rank").asDouble()).isEqualTo(s.medianRank());
            assertThat(c.get("rank_p5").asInt()).isEqualTo(s.rankLow());
            assertThat(c.get("rank_p95").asInt()).isEqualTo(s.rankHigh());
            assertThat(c.get("on_cutoff").asBoolean()).isEqualTo(s.onCutoff());
        }
    }

    @Test
    void theSameSeedPrintsTheSameTable() throws Exception {
        Path db = dir.resolve("demo.sangsaeng");
        DemoRound.createAt(db).close();
        String[] args = {"stability", "--db", db.toString(), "--top", "3", "--draws", "300"};
        ReportCommandsTest.Run first = ReportCommandsTest.run(args);
        assertThat(first.code()).isZero();
        assertThat(ReportCommandsTest.run(args).out()).isEqualTo(first.out());
        List<String> lines = first.out().lines().toList();
        assertThat(lines.get(0)).contains("shortlisted").contains("median rank").contains("5-95% ranks");
        assertThat(first.out()).contains("ON THE CUT-OFF").contains("seed 20221214");
    }

    @Test
    void refusesAShortlistWithoutPlaces() throws Exception {
        Path db = dir.resolve("demo.sangsaeng");
        DemoRound.createAt(db).close();
        ReportCommandsTest.Run r = ReportCommandsTest.run("stability", "--db", db.toString(), "--top", "0");
        assertThat(r.code()).isEqualTo(1);
        assertThat(ReportCommandsTest.run("stability", "--db", db.toString()).code()).isEqualTo(2);
    }
}
