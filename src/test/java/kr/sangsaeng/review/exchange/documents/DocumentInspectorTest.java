package kr.sangsaeng.review.exchange.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Path;
import kr.sangsaeng.review.exchange.documents.DocumentProblem.Reason;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DocumentInspectorTest {
    private static final long CAP = 100L << 20;

    @TempDir
    Path dir;

    private DocumentProblem refused(Path file, String name) {
        DocumentProblem p = catchThrowableOfType(DocumentProblem.class, () -> DocumentInspector.inspect(file, name, CAP));
        assertThat(p).as("refused " + name).isNotNull();
        return p;
    }

    @Test
    void countsThePagesOfAPdf() throws Exception {
        Path f = HostileDocuments.pdf(dir.resolve("a.pdf"), 4, "매출 증가율 89%");
        Inspection i = DocumentInspector.inspect(f, "2022-05_쿠팡.pdf", CAP);
        assertThat(i.kind()).isEqualTo(DocumentKind.PDF);
        assertThat(i.pages()).isEqualTo(4);
        assertThat(i.scripted()).isFalse();
    }

    @Test
    void refusesATruncatedPdf() throws Exception {
        Path f = HostileDocuments.truncatedPdf(dir.resolve("t.pdf"));
        DocumentProblem p = refused(f, "t.pdf");
        assertThat(p.reason()).isEqualTo(Reason.PDF_TRUNCATED);
        assertThat(p.getMessage()).contains("incomplete PDF");
    }

    @Test
    void refusesAPasswordProtectedPdf() throws Exception {
        DocumentProblem p = refused(HostileDocuments.encryptedPdf(dir.resolve("e.pdf")), "e.pdf");
        assertThat(p.reason()).isEqualTo(Reason.PDF_PASSWORD);
        assertThat(p.getMessage()).contains("password");
    }

    @Test
    void acceptsAPdfWithScriptsButNotesThem() throws Exception {
        Inspection i = DocumentInspector.inspect(HostileDocuments.scriptedPdf(dir.resolve("s.pdf")), "s.pdf", CAP);
        assertThat(i.pages()).isEqualTo(1);
        assertThat(i.scripted()).isTrue();
    }

    @Test
    void refusesAPdfOfFiveThousandPages() throws Exception {
        DocumentProblem p = refused(HostileDocuments.manyPagesPdf(dir.resolve("m.pdf"), 5_000), "m.pdf");
        assertThat(p.reason()).isEqualTo(Reason.PDF_TOO_MANY_PAGES);
        assertThat(p.getMessage()).contains("5,000 pages").contains("at most 2,000");
    }

    @Test
    void refusesAZipBombNamedHwpxQuickly() throws Exception {
        Path f = HostileDocuments.zipBombHwpx(dir.resolve("b.hwpx"), 300);
        long start = System.nanoTime();
        DocumentProblem p = refused(f, "b.hwpx");
        assertThat(p.reason()).isEqualTo(Reason.ZIP_BOMB);
        assertThat((System.nanoTime() - start) / 1e9).as("seconds").isLessThan(20);
    }

    @Test
    void refusesNamesThatAreNotPlainFileNames() throws Exception {
        Path f = HostileDocuments.pdf(dir.resolve("ok.pdf"), 1, "x");
        assertThat(refused(f, "../../x.pdf").getMessage()).contains("names a folder");
        assertThat(refused(f, "2022-01_a\nb.pdf").getMessage()).contains("U+000A");
        assertThat(refused(f, "2022-01_\u202Efdp.exe").getMessage()).contains("U+202E");
    }

    @Test
    void refusesAnEmptyFile() throws Exception {
        assertThat(refused(HostileDocuments.empty(dir.resolve("z.pdf")), "z.pdf").getMessage()).contains("empty (0 bytes)");
    }

    @Test
    void refusesAFileWhoseNameLiesAboutItsType() throws Exception {
        DocumentProblem p = refused(HostileDocuments.zipNamedPdf(dir.resolve("z.pdf")), "z.pdf");
        assertThat(p.reason()).isEqualTo(Reason.TYPE_MISMATCH);
        assertThat(p.getMessage()).isEqualTo("is named .pdf but holds ZIP archive content; rename it or submit the real file");
    }

    @Test
    void refusesAFileOverTheCap() throws Exception {
        Path f = HostileDocuments.pdf(dir.resolve("big.pdf"), 1, "x");
        DocumentProblem p = catchThrowableOfType(DocumentProblem.class, () -> DocumentInspector.inspect(f, "big.pdf", 1000));
        assertThat(p.reason()).isEqualTo(Reason.TOO_LARGE);
    }

    @Test
    void readsTheTextOfAnHwpx() throws Exception {
        Path f = HostileDocuments.hwpx(dir.resolve("a.hwpx"), "상생협력 신청서", "지원 소상공인 약 3만 명");
        assertThat(DocumentInspector.inspect(f, "a.hwpx", CAP).kind()).isEqualTo(DocumentKind.HWPX);
        assertThat(HwpxText.read(f)).isEqualTo("상생협력 신청서\n지원 소상공인 약 3만 명\n");
    }

    @Test
    void matchesTheRefThatStartsTheName() {
        var refs = java.util.List.of("2022-01", "2022-010", "2022-03");
        assertThat(DocumentMatcher.refOf("2022-03_우아한형제들_신청서.pdf", refs)).contains("2022-03");
        assertThat(DocumentMatcher.refOf("2022-010 증빙.pdf", refs)).contains("2022-010");
        assertThat(DocumentMatcher.refOf("2022-011.pdf", refs)).isEmpty();
        assertThat(DocumentMatcher.refOf("신청서.pdf", refs)).isEmpty();
    }
}
