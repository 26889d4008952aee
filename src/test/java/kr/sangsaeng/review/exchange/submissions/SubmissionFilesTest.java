package kr.sangsaeng.review.exchange.submissions;

import static kr.sangsaeng.review.exchange.submissions.SubmissionImportTest.plan;
import static kr.sangsaeng.review.exchange.submissions.SubmissionImportTest.values;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import kr.sangsaeng.review.demo.DemoRound;
import kr.sangsaeng.review.exchange.ExchangeTestFiles;
import kr.sangsaeng.review.exchange.ImportPlan;
import kr.sangsaeng.review.exchange.table.TextEncoding;
import kr.sangsaeng.review.model.Submission;
import kr.sangsaeng.review.model.SupportArea;
import kr.sangsaeng.review.store.ReviewStore;
import kr.sangsaeng.review.store.StoreException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files as they arrive: in three encodings, with a bad row, or failing half-way through the write. */
class SubmissionFilesTest {
    private static final String KOREAN = """
            접수번호,플랫폼,사례명,지원분야,요약,지원 소상공인 수 [명],매출 증가율 [%]
            2023-01,똠방마켓,"소상공인 판로 지원, 1차",판로지원;경영지원,\"\"\"상생\"\" 기획전\",약 3만 명,+35%
            2023-02,뷁스토어,자금 지원,자금지원,,"1,200명",12.5%
            """;

    @TempDir
    Path dir;

    @Test
    void utf8Utf8WithBomAndCp949FilesWithTheSameKoreanContentImportIdentically() throws Exception {
        Path utf8 = ExchangeTestFiles.bytes(dir, "utf8.csv", KOREAN, StandardCharsets.UTF_8, false);
        Path bom = ExchangeTestFiles.bytes(dir, "bom.csv", KOREAN, StandardCharsets.UTF_8, true);
        Path cp949 = ExchangeTestFiles.bytes(dir, "cp949.csv", KOREAN, TextEncoding.CP949, false);
        String[] hashes = new String[3];
        Path[] files = {utf8, bom, cp949};
        for (int i = 0; i < files.length; i++) {
            try (ReviewStore store = SubmissionImportTest.newStore(dir, "r" + i + ".sangsaeng")) {
                ImportPlan plan = plan(store, files[i]);
                assertThat(plan.problems()).as(files[i].getFileName().toString()).isEmpty();
                plan.apply(store, false);
                hashes[i] = ExchangeTestFiles.contentHash(store.file());
                assertThat(store.submissions().findByRef("2023-01").orElseThrow().platformName()).isEqualTo("똠방마켓");
            }
        }
        assertThat(hashes[1]).isEqualTo(hashes[0]);
        assertThat(hashes[2]).isEqualTo(hashes[0]);
    }

    @Test
    void aCp949CsvSavedByKoreanExcelImportsCorrectly() throws Exception {
        Path fixture = dir.resolve("excel.csv");
        try (var in = getClass().getResourceAsStream("/kr/sangsaeng/review/exchange/submissions-cp949.csv")) {
            Files.copy(in, fixture);
        }
        try (ReviewStore store = SubmissionImportTest.newStore(dir, "r.sangsaeng")) {
            plan(store, fixture).apply(store, false);
            Submission first = store.submissions().findByRef("2023-01").orElseThrow();
            assertThat(first.title()).isEqualTo("소상공인 판로 지원, 1차");
            assertThat(first.summary()).isEqualTo("\"상생\" 기획전");
            assertThat(first.areas()).containsExactlyInAnyOrder(SupportArea.SALES_CHANNEL, SupportArea.MANAGEMENT);
            assertThat(store.submissions().findByRef("2023-02").orElseThrow().platformName()).isEqualTo("뷁스토어");
            assertThat(values(store, "2023-01").get("지원 소상공인 수").value()).isEqualTo(30_000);
            assertThat(values(store, "2023-02").get("매출 증가율").value()).isEqualTo(12.5);
        }
    }

    @Test
    void aFileWithOneBadRowLeavesTheReviewFileUnchanged() throws Exception {
        Path db = dir.resolve("demo.sangsaeng");
        DemoRound.createAt(db).close();
        Path bad = ExchangeTestFiles.csv(dir, "bad.csv", """
                ref,platform,title,지원 소상공인 수
                2023-01,새플랫폼,새 사례,100
                2023-02,새플랫폼,새 사례 2,many
                2023-03,새플랫폼,새 사례 3,300
                """);
        Map<String, Integer> counts = ExchangeTestFiles.rowCounts(db);
        String hash = ExchangeTestFiles.contentHash(db);
        try (ReviewStore store = ReviewStore.open(db)) {
            ImportPlan plan = plan(store, bad);
            assertThat(plan.problems()).singleElement().satisfies(p -> assertThat(p.row()).isEqualTo(3));
            assertThatThrownBy(() -> plan.apply(store, true)).isInstanceOf(IllegalStateException.class);
        }
        assertThat(ExchangeTestFiles.rowCounts(db)).isEqualTo(counts);
        assertThat(ExchangeTestFiles.contentHash(db)).isEqualTo(hash);
    }

    @Test
    void aWriteThatFailsHalfWayLeavesTheReviewFileUnchanged() throws Exception {
        Path db = dir.resolve("demo.sangsaeng");
        DemoRound.createAt(db).close();
        Path good = ExchangeTestFiles.csv(dir, "good.csv", "ref,platform,title,새 지표 [명]\n2023-01,새플랫폼,새 사례,100\n");
        String hash = ExchangeTestFiles.contentHash(db);
        try (ReviewStore store = ReviewStore.open(db)) {
            ImportPlan plan = plan(store, good);
            store.setWriteFaults(sql -> {
                if (sql.contains("INTO metric_value")) {
                    throw new java.sql.SQLException("[SQLITE_FULL] database or disk is full (injected)");
                }
            });
            assertThatThrownBy(() -> plan.apply(store, false)).isInstanceOf(StoreException.class);
        }
        assertThat(ExchangeTestFiles.contentHash(db)).isEqualTo(hash);
    }
}
