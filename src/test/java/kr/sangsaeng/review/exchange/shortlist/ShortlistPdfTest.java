package kr.sangsaeng.review.exchange.shortlist;

import kr.sangsaeng.review.analysis.ShortlistSettings;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import kr.sangsaeng.review.analysis.ShortlistRule;
import kr.sangsaeng.review.analysis.StabilityProgress;
import kr.sangsaeng.review.model.Round;
import kr.sangsaeng.review.model.Submission;
import kr.sangsaeng.review.store.ReviewStore;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ShortlistPdfTest {
    @TempDir
    Path dir;

    @Test
    void reportNamesTheCasesInKoreanWithRanksAndTheDecisionRecord() throws Exception {
        Path pdf = dir.resolve("report.pdf");
        List<Submission> cases;
        ExportResult result;
        try (ReviewStore store = DemoExports.demoWithHostileTitle(dir)) {
            cases = store.submissions().findAll();
            result = ShortlistExporter.export(store, pdf, settingsTop(3), Locale.KOREAN, StabilityProgress.NONE);
        }
        String text = text(pdf);
        assertThat(text).contains("심사 결과 보고서", "우아한형제들", "음식점 소상공인 풍수해보험료 지원");
        cases.forEach(c -> assertThat(text).contains(c.platformName()));
        // Case pages of the three shortlisted, in rank order, headed by their rank.
        assertThat(text).contains("1위 · 우아한형제들", "2위 · 롯데쇼핑e커머스", "3위 · 한국우편사업진흥원")
                .doesNotContain("4위 · ");
        assertThat(text).contains("결정 기록", result.record().fileSha256(), "seed 20221214", "top_n 3");
        assertThat(text).contains("성명", "서명");
        // A counted figure keeps the counting word it was written with (우아한형제들: 약 3만 명).
        assertThat(text).contains("약 3만 명").doesNotContain("약 3만 개");
    }

    @Test
    void everyPageIsA4WithItsNumberAndTheFontIsEmbeddedAsASubset() throws Exception {
        Path pdf = export(Locale.ENGLISH, false);
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            int pages = doc.getNumberOfPages();
            // cover, ranking, six case pages, agreement, stability, record and signatures
            assertThat(pages).isGreaterThanOrEqualTo(11);
            for (int i = 0; i < pages; i++) {
                PDPage page = doc.getPage(i);
                assertThat(page.getMediaBox().getWidth()).isCloseTo(595f, org.assertj.core.data.Offset.offset(1f));
                assertThat(page.getMediaBox().getHeight()).isCloseTo(842f, org.assertj.core.data.Offset.offset(1f));
                assertThat(pageText(doc, i + 1)).contains("Page " + (i + 1) + " of " + pages);
            }
            PDFont font = doc.getPage(0).getResources().getFont(doc.getPage(0).getResources().getFontNames()
                    .iterator().next());
            assertThat(font.isEmbedded()).isTrue();
            // A subset's name carries a six-letter tag, e.g. ABCDEF+NanumGothic.
            assertThat(font.getName()).matches("[A-Z]{6}\\+NanumGothic.*");
        }
        assertThat(Files.size(pdf)).as("subset fonts keep the report small").isLessThan(2_500_000);
    }

    @Test
    void inBlindModeNoPageNamesAReviewer() throws Exception {
        Path pdf = export(Locale.KOREAN, true);
        String text = text(pdf);
        assertThat(text).doesNotContain("김서연", "박준호", "이하은");
        assertThat(text).contains("R1: ", "블라인드 심사");
    }

    @Test
    void withNamesTheCommentsSayWhoWroteThem() throws Exception {
        String text = text(export(Locale.KOREAN, false));
        assertThat(text).contains("김서연 (예시 위원장): 보험료 대납은 업계 최초");
    }

    @Test
    void theReportShowsPledgeConfirmationsConflictsWithTheirKindMinutesAndTheBallot() throws Exception {
        Path pdf = dir.resolve("meeting.pdf");
        Path blindPdf = dir.resolve("meeting-blind.pdf");
        try (ReviewStore store = kr.sangsaeng.review.demo.DemoRound.createAt(dir.resolve("meeting.sangsaeng"))) {
            var m = kr.sangsaeng.review.service.MeetingServices.over(store);
            var kim = store.reviewers().findByName("김서연 (예시 위원장)").orElseThrow();
            var park = store.reviewers().findByName("박준호 (예시 위원)").orElseThrow();
            var chair = kr.sangsaeng.review.service.Actor.reviewer(kim);
            m.pledge().confirm(kim.id(), chair);
            long case1 = store.submissions().findByRef("2022-01").orElseThrow().id();
            long case3 = store.submissions().findByRef("2022-03").orElseThrow().id();
            m.conflicts().declare(park.id(), case1, kr.sangsaeng.review.model.ConflictKind.RECUSAL, "유통센터 비상임이사", chair);
            m.notes().add(case3, kr.sangsaeng.review.model.NoteKind.MINUTES, "만장일치로 최우수 추천", chair);
            m.notes().add(case3, kr.sangsaeng.review.model.NoteKind.PRIVATE, "비공개 메모", chair);
            var ballots = List.of(new kr.sangsaeng.review.analysis.ballot.Ballot("김서연 (예시 위원장)", List.of("2022-03", "2022-01")),
                    new kr.sangsaeng.review.analysis.ballot.Ballot("박준호 (예시 위원)", List.of("2022-01", "2022-03")));
            var result = m.ballots().count(kr.sangsaeng.review.analysis.ballot.BallotMethod.SCHULZE, ballots, List.of(), 5);
            m.ballots().record(result, ballots, true, chair);
            ShortlistExporter.export(store, pdf, ShortlistSettings.defaults(12), Locale.KOREAN, StabilityProgress.NONE);
            Round r = store.round().get();
            store.round().put(new Round(r.name(), r.year(), r.organisers(), true));
            ShortlistExporter.export(store, blindPdf, ShortlistSettings.defaults(12), Locale.KOREAN, StabilityProgress.NONE);
        }
        String text = text(pdf);
        assertThat(text).contains("위원회 회의", "서약 확인", "김서연 (예시 위원장)", "이해충돌", "회피", "유통센터 비상임이사",
                "회의록", "만장일치로 최우수 추천", "최종 투표 (schulze)", "criterion_mean");
        assertThat(text).doesNotContain("비공개 메모");
        assertThat(text(blindPdf)).contains("회피", "만장일치로 최우수 추천").doesNotContain("김서연", "박준호");
    }

    private Path export(Locale locale, boolean blind) throws Exception {
        Path pdf = dir.resolve("report-" + locale + blind + ".pdf");
        try (ReviewStore store = kr.sangsaeng.review.demo.DemoRound.createAt(dir.resolve(blind + ".sangsaeng"))) {
            Round r = store.round().get();
            store.round().put(new Round(r.name(), r.year(), r.organisers(), blind));
            ShortlistExporter.export(store, pdf, ShortlistSettings.defaults(12), locale, StabilityProgress.NONE);
        }
        return pdf;
    }

    private static ShortlistSettings settingsTop(int n) {
        return ShortlistSettings.defaults(12).withRule(ShortlistRule.top(n));
    }

    private static String text(Path pdf) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(doc);
        }
    }

    private static String pageText(PDDocument doc, int page) throws Exception {
        PDFTextStripper s = new PDFTextStripper();
        s.setStartPage(page);
        s.setEndPage(page);
        return s.getText(doc);
    }
}
