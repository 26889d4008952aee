package kr.sangsaeng.review.exchange.shortlist;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import kr.sangsaeng.review.analysis.ShortlistRule;
import kr.sangsaeng.review.analysis.ShortlistSettings;
import kr.sangsaeng.review.analysis.StabilityProgress;
import kr.sangsaeng.review.store.ReviewStore;
import kr.sangsaeng.review.ui.Messages;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The PDF report never leaves a character out: everything it prints has a glyph in the embedded font. */
class PdfGlyphCoverageTest {
    @TempDir
    Path dir;

    @Test
    void everyReportTextHasAGlyphInTheEmbeddedFontInBothLanguages() {
        PdfStyle style = PdfStyle.load();
        List<String> missing = new ArrayList<>();
        for (Locale locale : List.of(Locale.ENGLISH, Locale.KOREAN)) {
            ResourceBundle texts = Messages.bundle(locale);
            for (String key : texts.keySet()) {
                if (!key.startsWith("report.")) {
                    continue;
                }
                String printed = style.printable(texts.getString(key));
                printed.codePoints().filter(cp -> cp >= 0x20 && !style.hasGlyph(cp))
                        .forEach(cp -> missing.add(locale + " " + key + ": U+" + Integer.toHexString(cp)));
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void theBiasCaptionKeepsItsMinusSignInThePdf() throws Exception {
        for (Locale locale : List.of(Locale.ENGLISH, Locale.KOREAN)) {
            Path pdf = dir.resolve("report-" + locale + ".pdf");
            try (ReviewStore store = DemoExports.demoWithHostileTitle(dir.resolve(locale.toString()))) {
                ShortlistExporter.export(store, pdf, new ShortlistSettings(kr.sangsaeng.review.analysis.PanelMethod.MEAN,
                        ShortlistRule.top(3), 200, 1L), locale, StabilityProgress.NONE);
            }
            String text;
            try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
                text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
            }
            String expected = locale == Locale.KOREAN ? "(심사위원 총점 - 패널 평균)" : "(reviewer total - panel mean)";
            assertThat(text).contains(expected);
        }
    }

    @Test
    void replacesWhatTheFontLacksWithALookAlikeRatherThanNothing() {
        PdfStyle style = PdfStyle.load();

        assertThat(style.printable("총점 − 평균")).isEqualTo("총점 - 평균");
        assertThat(style.printable("a\u202Fb")).isEqualTo("a b");
    }
}
