package kr.sangsaeng.review.exchange.shortlist;

import kr.sangsaeng.review.analysis.ShortlistSettings;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import kr.sangsaeng.review.analysis.StabilityProgress;
import kr.sangsaeng.review.model.Submission;
import kr.sangsaeng.review.store.ReviewStore;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ShortlistCsvTest {
    @TempDir
    Path dir;

    private Path csv;
    private ExportResult result;
    private List<Submission> submissions;

    @BeforeEach
    void export() throws Exception {
        csv = dir.resolve("shortlist.csv");
        try (ReviewStore store = DemoExports.demoWithHostileTitle(dir)) {
            submissions = store.submissions().findAll();
            result = ShortlistExporter.export(store, csv, ShortlistSettings.defaults(12), Locale.KOREAN,
                    StabilityProgress.NONE);
        }
    }

    @Test
    void startsWithAByteOrderMarkSoExcelReadsUtf8() throws Exception {
        byte[] bytes = Files.readAllBytes(csv);
        assertThat(bytes).startsWith((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
    }

    @Test
    void koreanPlatformsAndTitlesComeBackAsWritten() throws Exception {
        Map<String, CSVRecord> rows = table().stream().collect(Collectors.toMap(r -> r.get("ref"), r -> r));
        assertThat(rows).hasSize(6);
        assertThat(rows.get("2022-03").get("platform")).isEqualTo("우아한형제들");
        for (Submission s : submissions) {
            if (!s.ref().equals(DemoExports.HOSTILE_REF)) {
                assertThat(rows.get(s.ref()).get("title")).isEqualTo(s.title());
            }
        }
    }

    @Test
    void aFormulaInATitleComesOutAsText() throws Exception {
        CSVRecord hostile = table().stream().filter(r -> r.get("ref").equals(DemoExports.HOSTILE_REF)).findFirst()
                .orElseThrow();
        assertThat(hostile.get("title")).isEqualTo("'" + DemoExports.HOSTILE_TITLE);
        // No cell anywhere in the file, decision record included, may start like a formula.
        for (CSVRecord r : CSVFormat.RFC4180.parse(new StringReader(text()))) {
            for (String cell : r) {
                assertThat(cell).as("cell in line %d", r.getRecordNumber()).doesNotStartWith("=")
                        .doesNotStartWith("+").doesNotStartWith("-").doesNotStartWith("@")
                        .doesNotStartWith("\t").doesNotStartWith("\r");
            }
        }
    }

    @Test
    void numbersAreWrittenPlainAndUnquoted() throws Exception {
        List<String> lines = text().lines().toList();
        assertThat(lines.get(0)).startsWith("rank,ref,platform,title,areas,panel_score,mean,median,sd,reviews,"
                + "mean_impact,mean_reach,mean_partnership,mean_sustainability,mean_originality,"
                + "shortlist_probability,outcome,decision");
        CSVRecord first = table().get(0);
        assertThat(first.get("rank")).isEqualTo("1");
        assertThat(first.get("panel_score")).matches("\\d+(\\.\\d{1,4})?");
        assertThat(first.get("shortlist_probability")).matches("0(\\.\\d{1,4})?|1");
        // The raw line holds the score bare, not in quotes.
        assertThat(lines.get(1)).contains("," + first.get("panel_score") + ",")
                .doesNotContain("\"" + first.get("panel_score") + "\"");
    }

    @Test
    void theBodyIsOneRectangularTableThatDefaultReadersParse() throws Exception {
        List<CSVRecord> records;
        try (Reader r = new StringReader(text())) {
            records = CSVFormat.DEFAULT.parse(r).getRecords();
        }
        assertThat(records).hasSize(1 + 6);
        int width = records.get(0).size();
        assertThat(records).allSatisfy(r -> assertThat(r.size()).isEqualTo(width));
        assertThat(text()).doesNotContain("decision_record").doesNotContain("\n#");
    }

    @Test
    void theDecisionRecordIsWrittenBesideTheCsvWithItsHash() throws Exception {
        Path sidecar = csv.resolveSibling("shortlist.decision-record.json");
        assertThat(ShortlistExporter.recordBeside(csv)).isEqualTo(sidecar);
        var json = new com.fasterxml.jackson.databind.ObjectMapper().readTree(sidecar.toFile());
        assertThat(json.get("csv_sha256").asText()).isEqualTo(FileHash.sha256(csv));
        assertThat(json.get("csv_file").asText()).isEqualTo("shortlist.csv");
        assertThat(json.get("file_sha256").asText()).isEqualTo(result.record().fileSha256());
        ((com.fasterxml.jackson.databind.node.ObjectNode) json).remove(List.of("csv_sha256", "csv_file"));
        assertThat(DecisionRecord.fromJson(json.toString())).isEqualTo(result.record());
    }

    private List<CSVRecord> table() throws Exception {
        try (Reader r = new StringReader(text())) {
            return CSVFormat.RFC4180.builder().setHeader().setCommentMarker('#').get().parse(r).getRecords();
        }
    }

    private String text() throws Exception {
        String s = Files.readString(csv, StandardCharsets.UTF_8);
        return s.startsWith("\uFEFF") ? s.substring(1) : s;
    }
}
