package kr.sangsaeng.review.exchange.shortlist;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Locale;
import kr.sangsaeng.review.analysis.ShortlistSettings;
import kr.sangsaeng.review.analysis.StabilityProgress;
import kr.sangsaeng.review.demo.DemoRound;
import kr.sangsaeng.review.model.Document;
import kr.sangsaeng.review.model.PinStatus;
import kr.sangsaeng.review.service.EvidenceService;
import kr.sangsaeng.review.store.ReviewStore;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvidenceAppendixTest {
    @TempDir
    Path dir;

    @Test
    void theReportListsEachDocumentsHashAndEachPinAndTheRecordNamesTheHashes() throws Exception {
        Path report = dir.resolve("report.pdf");
        String sha;
        try (ReviewStore store = kr.sangsaeng.review.service.SampleDocuments.createDemoAt(dir.resolve("r.sangsaeng"))) {
            Document coupang = store.documents().findAll().stream().filter(d -> d.ref().equals("2022-05")).findFirst().orElseThrow();
            sha = coupang.sha256();
            long growth = store.metrics().findByKey("sales_growth").orElseThrow().id();
            new EvidenceService(store).pin(coupang.submissionId(), growth, coupang.id(), 2, "+89% (상반기)",
                    PinStatus.CONTRADICTED, "증빙 표는 +79%", new kr.sangsaeng.review.service.Actor("김서연 (예시 위원장)"));
            ExportResult r = ShortlistExporter.export(store, report, ShortlistSettings.defaults(6), Locale.KOREAN,
                    StabilityProgress.NONE);
            assertThat(r.record().documents()).hasSize(6).extracting(DecisionRecord.DocumentHash::sha256).contains(sha);
            assertThat(store.decisionRecords().findAll().get(0)).contains(sha);
        }
        String text;
        try (PDDocument pdf = Loader.loadPDF(report.toFile())) {
            text = new PDFTextStripper().getText(pdf);
        }
        assertThat(text).contains("부록: 문서와 증빙").contains("2022-05_쿠팡_신청서_예시.pdf")
                .contains("불일치").contains("증빙 표는 +79%").contains("documents 2022-01");
        // Table cells wrap a 64-digit hash over two lines.
        assertThat(text.replaceAll("\\s", "")).contains(sha);
    }

    @Test
    void inBlindReviewTheReportNumbersDocumentsInsteadOfNamingThem() throws Exception {
        Path report = dir.resolve("blind.pdf");
        try (ReviewStore store = kr.sangsaeng.review.service.SampleDocuments.createDemoAt(dir.resolve("b.sangsaeng"))) {
            var r = store.round().get();
            store.round().put(new kr.sangsaeng.review.model.Round(r.name(), r.year(), r.organisers(), true));
            ShortlistExporter.export(store, report, ShortlistSettings.defaults(6), Locale.KOREAN, StabilityProgress.NONE);
        }
        String text;
        try (PDDocument pdf = Loader.loadPDF(report.toFile())) {
            text = new PDFTextStripper().getText(pdf);
        }
        assertThat(text).contains("부록: 문서와 증빙").contains("문서 1").doesNotContain("신청서_예시.pdf");
    }
}
