package kr.sangsaeng.review.exchange.shortlist;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import kr.sangsaeng.review.analysis.StabilityProgress;
import kr.sangsaeng.review.store.ReviewStore;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ShortlistXlsxTest {
    @TempDir
    Path dir;

    private Path xlsx;
    private ExportResult result;

    @BeforeEach
    void export() throws Exception {
        xlsx = dir.resolve("shortlist.xlsx");
        try (ReviewStore store = DemoExports.demoWithHostileTitle(dir)) {
            result = ShortlistExporter.export(store, xlsx, ShortlistSettings.defaults(), Locale.KOREAN,
                    StabilityProgress.NONE);
        }
    }

    @Test
    void holdsTheRankingMetricsScoresAndDecisionRecordSheets() throws Exception {
        try (ReadableWorkbook wb = new ReadableWorkbook(xlsx.toFile())) {
            assertThat(wb.getSheets().map(s -> s.getName()))
                    .containsExactly("ranking", "metrics", "scores", "decision_record");
        }
    }

    @Test
    void rankingFiguresAreNumberCellsAndKoreanTextIsIntact() throws Exception {
        List<Row> rows = sheet("ranking");
        assertThat(rows).hasSize(7);
        Map<String, Integer> col = columns(rows.get(0));
        Row first = rows.get(1);
        for (String numeric : List.of("rank", "panel_score", "mean", "median", "sd", "reviews", "mean_impact",
                "shortlist_probability")) {
            assertThat(first.getCell(col.get(numeric)).getType()).as(numeric).isEqualTo(CellType.NUMBER);
        }
        assertThat(first.getCell(col.get("platform")).asString()).isEqualTo("우아한형제들");
        assertThat(first.getCell(col.get("panel_score")).asNumber().doubleValue()).isEqualTo(86.25);
        Row hostile = rows.stream().filter(r -> DemoExports.HOSTILE_REF.equals(r.getCellText(col.get("ref"))))
                .findFirst().orElseThrow();
        Cell title = hostile.getCell(col.get("title"));
        assertThat(title.getType()).isEqualTo(CellType.STRING);
        assertThat(title.asString()).isEqualTo("'" + DemoExports.HOSTILE_TITLE);
    }

    @Test
    void scoresSheetListsEveryReviewWithItsRecusal() throws Exception {
        List<Row> rows = sheet("scores");
        Map<String, Integer> col = columns(rows.get(0));
        assertThat(col).containsKeys("ref", "reviewer", "state", "impact", "total", "recuse_reason", "comment");
        // Three reviewers × six cases, none left untouched in the demo.
        assertThat(rows).hasSize(1 + 18);
        Row recused = rows.stream().filter(r -> "recused".equals(r.getCellText(col.get("state")))).findFirst()
                .orElseThrow();
        assertThat(recused.getCellText(col.get("ref"))).isEqualTo("2022-05");
        assertThat(recused.getCellText(col.get("recuse_reason"))).contains("이해충돌");
        Row complete = rows.stream().filter(r -> "complete".equals(r.getCellText(col.get("state")))).findFirst()
                .orElseThrow();
        assertThat(complete.getCell(col.get("impact")).getType()).isEqualTo(CellType.NUMBER);
        assertThat(complete.getCell(col.get("total")).getType()).isEqualTo(CellType.NUMBER);
    }

    @Test
    void metricsSheetHoldsValuesAsNumbersWithTheTextAsWritten() throws Exception {
        List<Row> rows = sheet("metrics");
        Map<String, Integer> col = columns(rows.get(0));
        Row woowa = rows.stream().filter(r -> "2022-03".equals(r.getCellText(col.get("ref")))
                && r.getCellText(col.get("as_written")).contains("만")).findFirst().orElseThrow();
        assertThat(woowa.getCell(col.get("value")).getType()).isEqualTo(CellType.NUMBER);
    }

    @Test
    void decisionRecordSheetCarriesTheFileHashAndTheJson() throws Exception {
        Map<String, String> record = sheet("decision_record").stream().skip(1)
                .collect(Collectors.toMap(r -> r.getCellText(0), r -> r.getCellText(1)));
        assertThat(record).containsEntry("file_sha256", result.record().fileSha256()).containsEntry("format", "xlsx");
        assertThat(DecisionRecord.fromJson(record.get("json"))).isEqualTo(result.record());
    }

    private List<Row> sheet(String name) throws Exception {
        try (ReadableWorkbook wb = new ReadableWorkbook(xlsx.toFile())) {
            return wb.findSheet(name).orElseThrow().read();
        }
    }

    private static Map<String, Integer> columns(Row header) {
        return header.stream().collect(Collectors.toMap(Cell::asString, Cell::getColumnIndex));
    }
}
