package kr.sangsaeng.review.exchange.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The page PDFBox's warm-up draws is a full page of Hangul text, as this class writes it, and the
 * warm-up leaves no file behind. {@code main} writes the resource again.
 */
class PdfWarmUpTest {
    @TempDir
    Path dir;

    @Test
    void theShippedWarmUpPagesAreALineAndAFullPageOfHangulText() throws Exception {
        Path shipped = dir.resolve("shipped.pdf");
        try (InputStream in = PdfWarmUp.class.getResourceAsStream(PdfWarmUp.PAGE)) {
            Files.copy(in, shipped);
        }
        Path fresh = dir.resolve("fresh.pdf");
        write(fresh);
        try (PdfPages a = PdfPages.open(shipped); PdfPages b = PdfPages.open(fresh)) {
            assertThat(a.count()).isEqualTo(2);
            assertThat(a.pageText(0)).isEqualTo(b.pageText(0)).contains("가궍꼚낧눴돁 5f");
            assertThat(a.pageText(1)).isEqualTo(b.pageText(1));
            assertThat(a.pageText(1).codePoints().filter(c -> c >= 0xAC00 && c <= 0xD7A3).count()).isGreaterThan(1500);
            assertThat(a.render(1, 1f).getWidth()).isEqualTo(595);
        }
    }

    @Test
    void runsOnceAndLeavesNoFileBehind() throws Exception {
        Path tmp = Path.of(System.getProperty("java.io.tmpdir"));
        long before = warmUpFolders(tmp);
        PdfWarmUp.run(() -> false);
        long start = System.nanoTime();
        PdfWarmUp.run(() -> false);
        assertThat((System.nanoTime() - start) / 1e6).isLessThan(50);
        assertThat(warmUpFolders(tmp)).isEqualTo(before);
    }

    private static long warmUpFolders(Path tmp) throws IOException {
        try (var files = Files.list(tmp)) {
            return files.filter(p -> p.getFileName().toString().startsWith("sangsaeng-warm-up-")).count();
        }
    }

    public static void main(String[] args) throws IOException {
        write(Path.of("src/main/resources" + PdfWarmUp.PAGE));
    }

    /** Writes the warm-up page: run {@link #main} to make the resource again after changing this. */
    static void write(Path file) throws IOException {
        try (PDDocument doc = new PDDocument();
             InputStream font = PdfWarmUpTest.class.getResourceAsStream("/kr/sangsaeng/review/fonts/NanumGothic.ttf")) {
            PDType0Font nanum = PDType0Font.load(doc, font, true);
            // Page 1: one line, to load the classes quickly; page 2: a full page, to get them compiled.
            for (int lines : new int[] {1, 48}) {
                PDPage page = new PDPage(PDRectangle.A4);
                doc.addPage(page);
                try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                    cs.beginText();
                    cs.setFont(nanum, 10);
                    cs.setLeading(14);
                    cs.newLineAtOffset(50, 780);
                    for (int line = 0; line < lines; line++) {
                        cs.showText(line(line));
                        cs.newLine();
                    }
                    cs.endText();
                }
            }
            doc.save(file.toFile());
        }
    }

    /** A line of varied syllables, digits and Latin letters, so many different glyphs are drawn. */
    private static String line(int n) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 40; i++) {
            int k = n * 40 + i;
            sb.append((char) (0xAC00 + (k * 397) % 11172));
            if (i % 6 == 5) {
                sb.append(' ').append(k % 10).append((char) ('a' + k % 26)).append(' ');
            }
        }
        return sb.toString();
    }

}
