package kr.sangsaeng.review.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import kr.sangsaeng.review.analysis.AgreementFigures;
import kr.sangsaeng.review.analysis.AgreementReport;
import kr.sangsaeng.review.analysis.PanelAnalysis;
import kr.sangsaeng.review.analysis.PanelMethod;
import kr.sangsaeng.review.analysis.RankedSubmission;
import kr.sangsaeng.review.analysis.Ranking;
import kr.sangsaeng.review.app.PanelLoader;
import kr.sangsaeng.review.demo.DemoRound;
import kr.sangsaeng.review.model.SubmissionStatus;
import kr.sangsaeng.review.model.SupportArea;
import kr.sangsaeng.review.store.ReviewStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** rank and agreement print docs/command-line.md's keys and exactly the figures the analysis (and the view) computes. */
class ReportCommandsTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Reports round figures to 4 decimals. */
    private static final double PRINTED = 0.5e-4 + 1e-12;

    @TempDir
    Path dir;
    Path db;

    record Run(int code, String out, String err) {
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Cli.run(args, new PrintWriter(out), new PrintWriter(err));
        return new Run(code, out.toString(), err.toString());
    }

    @BeforeEach
    void demo() throws Exception {
        db = dir.resolve("demo.sangsaeng");
        DemoRound.createAt(db).close();
    }

    PanelAnalysis analysis() throws Exception {
        try (ReviewStore store = ReviewStore.open(db)) {
            return PanelAnalysis.of(PanelLoader.load(store));
        }
    }

    @Test
    void rankJsonHasTheDesignKeysAndTheAnalysisFiguresForEveryMethod() throws Exception {
        for (PanelMethod method : PanelMethod.values()) {
            Run r = run("rank", "--db", db.toString(), "--method", method.key(), "--format", "json");
            assertThat(r.code()).as(r.err()).isZero();
            JsonNode rows = JSON.readTree(r.out());
            Ranking expected = analysis().ranking(method);
            assertThat(rows).hasSize(6);
            for (int i = 0; i < rows.size(); i++) {
                JsonNode row = rows.get(i);
                RankedSubmission e = expected.entries().get(i);
                assertThat(fieldNames(row)).containsExactly("rank", "ref", "platform", "score", "mean", "median", "sd",
                        "reviews");
                assertThat(row.get("rank").asInt()).isEqualTo(e.rank());
                assertThat(row.get("ref").asText()).isEqualTo(e.stats().submission().ref());
                assertThat(row.get("platform").asText()).isEqualTo(e.stats().submission().platformName());
                assertThat(row.get("score").asDouble()).isCloseTo(e.stats().panelScore(), within(PRINTED));
                assertThat(row.get("mean").asDouble()).isCloseTo(e.stats().mean(), within(PRINTED));
                assertThat(row.get("median").asDouble()).isCloseTo(e.stats().median(), within(PRINTED));
                assertThat(row.get("sd").asDouble()).isCloseTo(e.stats().sd(), within(PRINTED));
                assertThat(row.get("reviews").asInt()).isEqualTo(e.stats().completed());
            }
        }
    }

    @Test
    void meanAndMedianOrderTheDemoDifferently() throws Exception {
        assertThat(refs(run("rank", "--db", db.toString(), "--format", "json")))
                .containsExactly("2022-03", "2022-01", "2022-06", "2022-05", "2022-04", "2022-02");
        assertThat(refs(run("rank", "--db", db.toString(), "--method", "median", "--format", "json")))
                .containsExactly("2022-03", "2022-01", "2022-04", "2022-05", "2022-06", "2022-02");
    }

    @Test
    void rankCsvHasAHeaderAndOneRowPerCase() {
        Run r = run("rank", "--db", db.toString(), "--format", "csv");
        assertThat(r.code()).isZero();
        List<String> lines = r.out().lines().toList();
        assertThat(lines).hasSize(7);
        assertThat(lines.get(0)).isEqualTo("rank,ref,platform,score,mean,median,sd,reviews");
        assertThat(lines.get(1)).isEqualTo("1,2022-03,우아한형제들,86.25,86.25,85,9.4373,3");
    }

    @Test
    void aCaseWithoutACompletedReviewPrintsNullAndEmptyCells() throws Exception {
        try (ReviewStore store = ReviewStore.open(db)) {
            store.submissions().insert("2022-07", "새 플랫폼, 주식회사", "미채점 사례", EnumSet.of(SupportArea.FINANCIAL), "",
                    SubmissionStatus.UNDER_REVIEW);
        }
        JsonNode last = JSON.readTree(run("rank", "--db", db.toString(), "--format", "json").out()).get(6);
        assertThat(last.get("ref").asText()).isEqualTo("2022-07");
        assertThat(last.get("score").isNull()).isTrue();
        assertThat(last.get("sd").isNull()).isTrue();
        assertThat(last.get("reviews").asInt()).isZero();
        List<String> csv = run("rank", "--db", db.toString(), "--format", "csv").out().lines().toList();
        assertThat(csv.get(7)).isEqualTo("7,2022-07,\"새 플랫폼, 주식회사\",,,,,0");
    }

    @Test
    void rankTableLinesUpColumnsAfterKoreanNames() {
        Run r = run("rank", "--db", db.toString());
        assertThat(r.code()).isZero();
        List<String> table = r.out().lines().takeWhile(l -> !l.isBlank()).toList();
        assertThat(table).hasSize(8);
        // The last column is right-aligned, so every line of an aligned table is equally wide on screen.
        assertThat(table.stream().map(TextTable::displayWidth).distinct()).hasSize(1);
        assertThat(table.get(2)).contains("우아한형제들").contains("86.25");
        assertThat(r.out()).contains("method: mean").contains("1 incomplete and 1 recused");
    }

    @Test
    void agreementJsonHasTheDesignKeysAtTheTopAndPerCriterion() throws Exception {
        Run r = run("agreement", "--db", db.toString(), "--format", "json");
        assertThat(r.code()).as(r.err()).isZero();
        JsonNode root = JSON.readTree(r.out());
        AgreementReport expected = analysis().agreement();
        List<String> keys = new ArrayList<>(AgreementCommand.KEYS);
        keys.add("criteria");
        assertThat(fieldNames(root)).containsExactlyElementsOf(keys);
        assertFigures(root, expected.totals());
        assertThat(fieldNames(root.get("criteria")))
                .containsExactly("impact", "reach", "partnership", "sustainability", "originality");
        for (String key : fieldNames(root.get("criteria"))) {
            JsonNode c = root.get("criteria").get(key);
            assertThat(fieldNames(c)).containsExactlyElementsOf(AgreementCommand.KEYS);
            assertFigures(c, expected.byCriterion().get(key));
        }
    }

    @Test
    void agreementForOneCriterionKeepsTheTotalsAndOnlyThatCriterion() throws Exception {
        Run r = run("agreement", "--db", db.toString(), "--criterion", "reach", "--format", "json");
        JsonNode root = JSON.readTree(r.out());
        assertThat(fieldNames(root.get("criteria"))).containsExactly("reach");
        assertThat(root.get("n").asInt()).isEqualTo(4);
        assertThat(root.get("k").asInt()).isEqualTo(3);
    }

    @Test
    void agreementTableNamesTheBandsItUses() {
        Run r = run("agreement", "--db", db.toString());
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("ICC(2,1)").contains("Kendall's W").contains("Koo & Li (2016)")
                .contains("Over 4 cases that all 3 reviewers completed");
    }

    @Test
    void badInputExitsOneAndUsageErrorsExitTwo() {
        assertThat(run("rank", "--db", db.toString(), "--method", "mode").code()).isEqualTo(2);
        assertThat(run("rank", "--db", db.toString(), "--format", "xml").code()).isEqualTo(2);
        assertThat(run("agreement", "--db", db.toString(), "--format", "csv").code()).isEqualTo(2);
        assertThat(run("rank").code()).isEqualTo(2);
        Run unknown = run("agreement", "--db", db.toString(), "--criterion", "price");
        assertThat(unknown.code()).isEqualTo(1);
        assertThat(unknown.err()).contains("No criterion 'price'").contains("impact, reach");
        Run missing = run("rank", "--db", dir.resolve("nope.sangsaeng").toString());
        assertThat(missing.code()).isEqualTo(1);
        assertThat(missing.err()).contains("does not exist");
    }

    private static void assertFigures(JsonNode node, AgreementFigures f) {
        double[] v = AgreementCommand.values(f);
        for (int i = 0; i < v.length; i++) {
            JsonNode x = node.get(AgreementCommand.KEYS.get(i));
            if (Double.isNaN(v[i])) {
                assertThat(x.isNull()).isTrue();
            } else {
                assertThat(x.asDouble()).as(AgreementCommand.KEYS.get(i)).isCloseTo(v[i], within(PRINTED));
            }
        }
        assertThat(node.get("n").asInt()).isEqualTo(f.n());
        assertThat(node.get("k").asInt()).isEqualTo(f.k());
    }

    static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static List<String> refs(Run r) throws Exception {
        List<String> refs = new ArrayList<>();
        JSON.readTree(r.out()).forEach(n -> refs.add(n.get("ref").asText()));
        return refs;
    }

    @Test
    void rankCallsAFileWithADamagedScoreTableDamagedAndPrintsNoRanking() throws Exception {
        long scorePage;
        try (java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + db);
             java.sql.Statement s = c.createStatement()) {
            s.executeUpdate("PRAGMA wal_checkpoint(TRUNCATE)");
            scorePage = s.executeQuery("SELECT rootpage FROM sqlite_master WHERE name = 'score'").getLong(1);
        }
        try (java.io.RandomAccessFile raf = new java.io.RandomAccessFile(db.toFile(), "rw")) {
            raf.seek(4096 * (scorePage - 1));
            raf.write(new byte[4096]);
        }
        Run r = run("rank", "--db", db.toString(), "--format", "csv");
        assertThat(r.code()).isEqualTo(Cli.BAD_INPUT);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).contains("is damaged").contains("Restore the newest backup");
    }
}
