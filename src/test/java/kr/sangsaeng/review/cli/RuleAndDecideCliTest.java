package kr.sangsaeng.review.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.StreamSupport;
import kr.sangsaeng.review.analysis.PanelAnalysis;
import kr.sangsaeng.review.app.PanelLoader;
import kr.sangsaeng.review.cli.CliTest.Run;
import kr.sangsaeng.review.service.CommitteeRuleService;
import kr.sangsaeng.review.store.ReviewStore;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The committee's rule and decisions on the command line, and the exports that follow them. */
class RuleAndDecideCliTest {
    @TempDir
    Path dir;
    private Path db;

    @BeforeEach
    void demo() {
        db = dir.resolve("d.sangsaeng");
        assertThat(CliTest.run("demo", "--db", db.toString()).code()).isZero();
    }

    @Test
    void ruleShowsTheDefaultThenStoresWhatIsSetWithAnAuditEntry() throws Exception {
        Run shown = CliTest.run("rule", "--db", db.toString());
        assertThat(shown.code()).as(shown.err()).isZero();
        assertThat(shown.out()).contains("top_n").contains("min_reviews");

        Run set = CliTest.run("rule", "--db", db.toString(), "--top", "2", "--threshold", "60", "--max-per-area", "1",
                "--as", "chair", "--format", "json");
        assertThat(set.code()).as(set.err()).isZero();
        JsonNode json = new ObjectMapper().readTree(set.out());
        assertThat(json.get("top_n").asInt()).isEqualTo(2);
        assertThat(json.get("threshold").asDouble()).isEqualTo(60);
        assertThat(json.get("max_per_area").asInt()).isEqualTo(1);
        assertThat(json.get("min_reviews").asInt()).isEqualTo(2);

        Run again = CliTest.run("rule", "--db", db.toString(), "--format", "json");
        assertThat(new ObjectMapper().readTree(again.out())).isEqualTo(json);
        try (ReviewStore store = ReviewStore.open(db)) {
            assertThat(store.audit().findAll()).anySatisfy(e -> {
                assertThat(e.entity()).isEqualTo("setting");
                assertThat(e.entityKey()).isEqualTo(CommitteeRuleService.KEY);
                assertThat(e.actor()).isEqualTo("chair");
            });
        }
    }

    @Test
    void aRuleThatCannotHoldIsAUsageErrorAndChangesNothing() {
        assertThat(CliTest.run("rule", "--db", db.toString(), "--threshold", "120").code()).isEqualTo(Cli.USAGE);
        assertThat(CliTest.run("rule", "--db", db.toString(), "--top", "0").code()).isEqualTo(Cli.USAGE);
        assertThat(CliTest.run("rule", "--db", db.toString(), "--format", "json").out()).contains("\"top_n\":3");
    }

    @Test
    void decideRecordsTheDecisionAndRefusesAnUnknownCase() {
        Run r = CliTest.run("decide", "--db", db.toString(), "--ref", "2022-03", "--kind", "awarded", "--note",
                "Minister award, unanimous", "--as", "chair");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("2022-03: awarded").contains("Minister award, unanimous").contains("chair");
        assertThat(CliTest.run("decide", "--db", db.toString(), "--ref", "1999-99", "--kind", "awarded").code())
                .isEqualTo(Cli.BAD_INPUT);
        assertThat(CliTest.run("decide", "--db", db.toString(), "--ref", "2022-03", "--kind", "crowned").code())
                .isEqualTo(Cli.USAGE);
        Run cleared = CliTest.run("decide", "--db", db.toString(), "--ref", "2022-03", "--kind", "none");
        assertThat(cleared.out()).contains("2022-03: no decision");
    }

    @Test
    void exportFollowsTheStoredRuleAndCarriesTheDecisionInOneRectangularCsv() throws Exception {
        // Two demo cases have only two completed reviews: with three required the rule cannot take them.
        CliTest.run("rule", "--db", db.toString(), "--top", "3", "--min-reviews", "3");
        CliTest.run("decide", "--db", db.toString(), "--ref", "2022-03", "--kind", "awarded", "--note",
                "Minister award, unanimous", "--as", "chair");
        Path out = dir.resolve("s.csv");
        Run r = CliTest.run("export", "shortlist", "--db", db.toString(), "--out", out.toString(), "--draws", "50");
        assertThat(r.code()).as(r.err()).isZero();

        List<CSVRecord> rows;
        try (Reader reader = Files.newBufferedReader(out, StandardCharsets.UTF_8)) {
            reader.skip(1); // the BOM
            rows = CSVFormat.DEFAULT.builder().setHeader().get().parse(reader).getRecords();
        }
        assertThat(rows).hasSize(6).allSatisfy(row -> assertThat(row.isConsistent()).isTrue());
        List<String> shortlisted = rows.stream().filter(x -> x.get("outcome").equals("shortlisted"))
                .map(x -> x.get("ref")).toList();
        assertThat(shortlisted).isEqualTo(expectedShortlist());
        CSVRecord woowa = rows.stream().filter(x -> x.get("ref").equals("2022-03")).findFirst().orElseThrow();
        assertThat(woowa.get("decision")).isEqualTo("awarded");
        assertThat(woowa.get("decision_note")).isEqualTo("Minister award, unanimous");
        assertThat(woowa.get("decided_by")).isEqualTo("chair");
        assertThat(rows).filteredOn(x -> x.get("outcome").equals("too_few_reviews")).extracting(x -> x.get("ref"))
                .containsExactlyInAnyOrder("2022-05", "2022-02");

        JsonNode record = new ObjectMapper().readTree(dir.resolve("s.decision-record.json").toFile());
        assertThat(record.get("rule_source").asText()).isEqualTo("overridden");
        assertThat(record.get("rule_overrides").get(0).asText()).isEqualTo("draws");
        assertThat(StreamSupport.stream(record.get("shortlist").spliterator(), false).map(JsonNode::asText).toList())
                .isEqualTo(expectedShortlist());
        assertThat(record.get("decisions").get(0).get("note").asText()).isEqualTo("Minister award, unanimous");

        Run plain = CliTest.run("export", "shortlist", "--db", db.toString(), "--out", dir.resolve("p.csv").toString());
        assertThat(plain.out()).contains("the committee's stored rule");
        assertThat(new ObjectMapper().readTree(dir.resolve("p.decision-record.json").toFile()).get("rule_source")
                .asText()).isEqualTo("stored_rule");
    }

    @Test
    void anXlsxInKoreanHasKoreanHeadings() throws Exception {
        Path out = dir.resolve("s.xlsx");
        Run r = CliTest.run("export", "shortlist", "--db", db.toString(), "--out", out.toString(), "--lang", "ko",
                "--draws", "50");
        assertThat(r.code()).as(r.err()).isZero();
        try (ReadableWorkbook wb = new ReadableWorkbook(out.toFile())) {
            Row header = wb.getFirstSheet().read().get(0);
            assertThat(wb.getFirstSheet().getName()).isEqualTo("순위");
            assertThat(header.getCellText(0)).isEqualTo("순위");
            assertThat(header.getCellText(2)).isEqualTo("플랫폼");
        }
    }

    /** What the analysis gives under the stored rule: the same code the Results view computes with. */
    private List<String> expectedShortlist() throws Exception {
        try (ReviewStore store = ReviewStore.open(db)) {
            var rule = new CommitteeRuleService(store).current();
            return PanelAnalysis.of(PanelLoader.load(store)).shortlist(rule.method(), rule.rule()).shortlisted()
                    .stream().map(e -> e.ranked().stats().submission().ref()).toList();
        }
    }
}
