package kr.sangsaeng.review.demo;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Writes simple A4 PDFs of Korean text with the bundled NanumGothic (embedded as a subset): the
 * demo round's sample documents, and test and benchmark documents of any length.
 */
public final class SamplePdf {
    private static final String FONT = "/kr/sangsaeng/review/fonts/NanumGothic.ttf";
    private static final float MARGIN = 56;
    private static final float SIZE = 11;
    private static final float LEADING = 17;

    private SamplePdf() {
    }

    /** One page of text: a heading, paragraphs (wrapped to the page) and a footer line. */
    public record Page(String heading, List<String> paragraphs, String footer) {
    }

    public static void write(Path target, String title, List<Page> pages) throws IOException {
        try (PDDocument doc = new PDDocument(); InputStream font = SamplePdf.class.getResourceAsStream(FONT)) {
            PDType0Font nanum = PDType0Font.load(doc, font, true);
            doc.getDocumentInformation().setTitle(title);
            doc.getDocumentInformation().setProducer("Sangsaeng Review");
            for (Page p : pages) {
                PDPage page = new PDPage(PDRectangle.A4);
                doc.addPage(page);
                draw(doc, page, nanum, p);
            }
            doc.save(target.toFile());
        }
    }

    private static void draw(PDDocument doc, PDPage page, PDType0Font font, Page p) throws IOException {
        float width = page.getMediaBox().getWidth() - 2 * MARGIN;
        float top = page.getMediaBox().getHeight() - MARGIN;
        try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
            cs.beginText();
            cs.setFont(font, 16);
            cs.newLineAtOffset(MARGIN, top);
            cs.showText(p.heading());
            cs.setFont(font, SIZE);
            cs.setLeading(LEADING);
            cs.newLine();
            cs.newLine();
            for (String paragraph : p.paragraphs()) {
                for (String line : wrap(paragraph, font, width)) {
                    cs.showText(line);
                    cs.newLine();
                }
                cs.newLine();
            }
            cs.endText();
            cs.beginText();
            cs.setFont(font, 9);
            cs.newLineAtOffset(MARGIN, MARGIN / 2);
            cs.showText(p.footer());
            cs.endText();
        }
    }

    /** Breaks at spaces where possible, else anywhere (Korean text wraps between syllables too). */
    static List<String> wrap(String text, PDType0Font font, float width) throws IOException {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            String candidate = line.length() == 0 ? word : line + " " + word;
            if (font.getStringWidth(candidate) / 1000 * SIZE <= width) {
                line.setLength(0);
                line.append(candidate);
                continue;
            }
            if (line.length() > 0) {
                lines.add(line.toString());
                line.setLength(0);
            }
            for (int cp : word.codePoints().toArray()) {
                if (font.getStringWidth(line + Character.toString(cp)) / 1000 * SIZE > width) {
                    lines.add(line.toString());
                    line.setLength(0);
                }
                line.appendCodePoint(cp);
            }
        }
        if (line.length() > 0) {
            lines.add(line.toString());
        }
        return lines;
    }
}
