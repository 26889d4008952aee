package kr.sangsaeng.review.exchange.shortlist;

import kr.sangsaeng.review.analysis.ShortlistSettings;
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
            result = ShortlistExporter.export(store, xlsx, ShortlistSettings.defaults(12), Locale.ENGLISH,
                    StabilityProgress.NONE);
        }
    }

    @Test
    void holdsTheRankingMetricsScoresAndDecisionRecordSheets() throws Exception {
        try (ReadableWorkbook wb = new ReadableWorkbook(xlsx.toFile())) {
            assertThat(wb.getSheets().map(s -> s.getName()))
                    .containsExactly("Ranking", "Figures", "Scores", "Decision record");
        }
    }

    @Test
    void inKoreanSheetNamesHeadingsAndCodedValuesAreKorean() throws Exception {
        Path ko = dir.resolve("ko.xlsx");
        try (ReviewStore store = ReviewStore.open(DemoExports.demoWithHostileTitle(dir.resolve("ko")).file())) {
            ShortlistExporter.export(store, ko, ShortlistSettings.defaults(6), Locale.KOREAN, StabilityProgress.NONE);
        }
        try (ReadableWorkbook wb = new ReadableWorkbook(ko.toFile())) {
            assertThat(wb.getSheets().map(s -> s.getName())).containsExactly("순위", "지표", "점수", "결정 기록");
            List<Row> rows = wb.findSheet("순위").orElseThrow().read();
            Map<String, Integer> col = columns(rows.get(0));
            assertThat(col).containsKeys("순위", "접수번호", "플랫폼", "지원 분야", "기준 추천", "결정", "메모");
            assertThat(col.keySet()).noneMatch(h -> h.equals("below_cut") || h.equals("outcome") || h.equals("rank"));
            List<String> outcomes = rows.stream().skip(1).map(r -> r.getCellText(col.get("기준 추천"))).toList();
            assertThat(outcomes).contains("선정").noneMatch(o -> o.contains("_"));
            assertThat(rows.stream().skip(1).map(r -> r.getCellText(col.get("지원 분야"))))
                    .noneMatch(a -> a.contains("sales_channel"));
        }
    }

    @Test
    void rankingFiguresAreNumberCellsAndKoreanTextIsIntact() throws Exception {
        List<Row> rows = sheet("Ranking");
        assertThat(rows).hasSize(7);
        Map<String, Integer> col = columns(rows.get(0));
        Row first = rows.get(1);
        String impactMean = col.keySet().stream().filter(h -> h.startsWith("Mean: ")).findFirst().orElseThrow();
        for (String numeric : List.of("Rank", "Score", "Mean", "Median", "SD", "Completed reviews", impactMean,
                "Shortlist probability")) {
            assertThat(first.getCell(col.get(numeric)).getType()).as(numeric).isEqualTo(CellType.NUMBER);
        }
        assertThat(first.getCell(col.get("Platform")).asString()).isEqualTo("우아한형제들");
        assertThat(first.getCell(col.get("Score")).asNumber().doubleValue()).isEqualTo(86.25);
        Row hostile = rows.stream().filter(r -> DemoExports.HOSTILE_REF.equals(r.getCellText(col.get("Ref."))))
                .findFirst().orElseThrow();
        Cell title = hostile.getCell(col.get("Case"));
        assertThat(title.getType()).isEqualTo(CellType.STRING);
        assertThat(title.asString()).isEqualTo("'" + DemoExports.HOSTILE_TITLE);
    }

    @Test
    void scoresSheetListsEveryReviewWithItsRecusal() throws Exception {
        List<Row> rows = sheet("Scores");
        Map<String, Integer> col = columns(rows.get(0));
        assertThat(col).containsKeys("Ref.", "Reviewer", "Review state", "impact", "Total (0–100)",
                "Reason for recusal", "Comment");
        // Three reviewers × six cases, none left untouched in the demo.
        assertThat(rows).hasSize(1 + 18);
        Row recused = rows.stream().filter(r -> "Recused".equals(r.getCellText(col.get("Review state")))).findFirst()
                .orElseThrow();
        assertThat(recused.getCellText(col.get("Ref."))).isEqualTo("2022-05");
        assertThat(recused.getCellText(col.get("Reason for recusal"))).contains("이해충돌");
        Row complete = rows.stream().filter(r -> "Complete".equals(r.getCellText(col.get("Review state"))))
                .findFirst().orElseThrow();
        assertThat(complete.getCell(col.get("impact")).getType()).isEqualTo(CellType.NUMBER);
        assertThat(complete.getCell(col.get("Total (0–100)")).getType()).isEqualTo(CellType.NUMBER);
    }

    @Test
    void metricsSheetHoldsValuesAsNumbersWithTheTextAsWritten() throws Exception {
        List<Row> rows = sheet("Figures");
        Map<String, Integer> col = columns(rows.get(0));
        Row woowa = rows.stream().filter(r -> "2022-03".equals(r.getCellText(col.get("Ref.")))
                && r.getCellText(col.get("As written")).contains("만")).findFirst().orElseThrow();
        assertThat(woowa.getCell(col.get("Value")).getType()).isEqualTo(CellType.NUMBER);
    }

    @Test
    void decisionRecordSheetCarriesTheFileHashAndTheJson() throws Exception {
        Map<String, String> record = sheet("Decision record").stream().skip(1)
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
