package kr.sangsaeng.review.exchange.shortlist;

import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import java.awt.Color;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * Fonts, colours and the few building blocks (headings, paragraphs, table cells) of the PDF report.
 * Text is set in the bundled NanumGothic, embedded as a subset (Identity-H), so Hangul prints on any
 * machine and the file carries only the glyphs the report uses. Sizes are chosen to read at 100%.
 */
final class PdfStyle {
    static final Color TEXT = new Color(0x22, 0x22, 0x22);
    static final Color MUTED = new Color(0x66, 0x66, 0x66);
    static final Color RULE = new Color(0xC8, 0xCE, 0xD6);
    static final Color HEADER_FILL = new Color(0xE6, 0xEC, 0xF3);
    static final Color SHORTLISTED_FILL = new Color(0xEA, 0xF4, 0xEA);

    private static final String REGULAR = "/kr/sangsaeng/review/fonts/NanumGothic.ttf";
    private static final String BOLD = "/kr/sangsaeng/review/fonts/NanumGothicBold.ttf";

    private final BaseFont regular;
    private final BaseFont bold;

    private PdfStyle(BaseFont regular, BaseFont bold) {
        this.regular = regular;
        this.bold = bold;
    }

    private static PdfStyle shared;

    /**
     * The fonts are parsed once per run (4.7 MB each) and shared: a BaseFont holds no per-document
     * state, each document's writer keeps its own record of the glyphs to embed.
     */
    static synchronized PdfStyle load() {
        if (shared == null) {
            shared = new PdfStyle(font(REGULAR), font(BOLD));
        }
        return shared;
    }

    private static BaseFont font(String resource) {
        try (InputStream in = PdfStyle.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException("The bundled font " + resource + " is missing from the application");
            }
            return BaseFont.createFont(resource.substring(resource.lastIndexOf('/') + 1), BaseFont.IDENTITY_H,
                    BaseFont.EMBEDDED, false, in.readAllBytes(), null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (DocumentException e) {
            throw new IllegalStateException("The bundled font " + resource + " cannot be used", e);
        }
    }

    /**
     * The text with every character the embedded font lacks replaced by its nearest look-alike the
     * font has: OpenPDF silently leaves out a character without a glyph, so "(total − mean)" printed
     * as "(total  mean)". NanumGothic has no U+2212 minus, typographic spaces or some quotes.
     */
    String printable(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            if (cp < 0x20 || regular.charExists(cp)) {
                out.appendCodePoint(cp);
            } else {
                out.append(PdfGlyphs.substitute(cp));
            }
        });
        return out.toString();
    }

    /** Whether the embedded regular font has a glyph for the character. */
    boolean hasGlyph(int codePoint) {
        return regular.charExists(codePoint);
    }

    Font body() {
        return new Font(regular, 9.5f, Font.NORMAL, TEXT);
    }

    Font small() {
        return new Font(regular, 8f, Font.NORMAL, TEXT);
    }

    Font muted() {
        return new Font(regular, 8f, Font.NORMAL, MUTED);
    }

    Font strong() {
        return new Font(bold, 9.5f, Font.NORMAL, TEXT);
    }

    Font tableHeader() {
        return new Font(bold, 8f, Font.NORMAL, TEXT);
    }

    Font font(float size, boolean isBold) {
        return new Font(isBold ? bold : regular, size, Font.NORMAL, TEXT);
    }

    BaseFont regularBase() {
        return regular;
    }

    Paragraph title(String text) {
        Paragraph p = new Paragraph(printable(text), font(20, true));
        p.setSpacingAfter(10);
        return p;
    }

    Paragraph heading(String text) {
        Paragraph p = new Paragraph(printable(text), font(14, true));
        p.setSpacingBefore(4);
        p.setSpacingAfter(8);
        return p;
    }

    Paragraph subheading(String text) {
        Paragraph p = new Paragraph(printable(text), font(11, true));
        p.setSpacingBefore(10);
        p.setSpacingAfter(5);
        return p;
    }

    Paragraph paragraph(String text, Font font) {
        Paragraph p = new Paragraph(printable(text), font);
        p.setLeading(font.getSize() * 1.45f);
        p.setSpacingAfter(4);
        return p;
    }

    /** A full-width table; widths are relative. The first row repeats on every page it runs onto. */
    static PdfPTable table(float... widths) {
        PdfPTable t = new PdfPTable(widths);
        t.setWidthPercentage(100);
        t.setHeaderRows(1);
        t.setSpacingBefore(4);
        t.setSpacingAfter(8);
        t.setSplitLate(false);
        return t;
    }

    /** Usable width of an A4 page between the report's margins, in points. */
    static final float TEXT_WIDTH = 595f - 2 * 50f;
    private static final float CELL_PADDING = 2 * 3.5f + 1.5f;

    /**
     * Relative column widths adjusted so that no header has to break inside a word: each column is
     * at least as wide as the longest word of its header; the others share what is left, in their
     * proportions.
     */
    float[] fit(float[] relative, java.util.List<String> headers) {
        return fit(relative, headers, java.util.List.of());
    }

    /**
     * As {@link #fit(float[], java.util.List)}, and no word of a cell breaks either (figures, refs,
     * names). When the words cannot all fit the page, the widths shrink in proportion.
     */
    float[] fit(float[] relative, java.util.List<String> headers, java.util.List<java.util.List<String>> rows) {
        int n = relative.length;
        float[] min = new float[n];
        for (int i = 0; i < n && i < headers.size(); i++) {
            min[i] = widestWord(headers.get(i), bold, tableHeader().getSize());
            for (java.util.List<String> row : rows) {
                min[i] = Math.max(min[i], widestWord(row.get(i), regular, small().getSize()));
            }
        }
        float needed = 0;
        for (float m : min) {
            needed += m;
        }
        if (needed > TEXT_WIDTH) {
            for (int i = 0; i < n; i++) {
                min[i] *= TEXT_WIDTH / needed;
            }
        }
        boolean[] fixed = new boolean[n];
        float[] abs = new float[n];
        for (int round = 0; round < n; round++) {
            float fixedWidth = 0;
            float freeShare = 0;
            for (int i = 0; i < n; i++) {
                if (fixed[i]) {
                    fixedWidth += min[i];
                } else {
                    freeShare += relative[i];
                }
            }
            boolean changed = false;
            for (int i = 0; i < n; i++) {
                abs[i] = fixed[i] ? min[i] : relative[i] / freeShare * Math.max(0, TEXT_WIDTH - fixedWidth);
                if (!fixed[i] && abs[i] < min[i]) {
                    fixed[i] = true;
                    changed = true;
                }
            }
            if (!changed) {
                break;
            }
        }
        return abs;
    }

    private static float widestWord(String text, BaseFont font, float size) {
        float w = 0;
        for (String word : (text == null ? "" : text).split("\\s+")) {
            w = Math.max(w, font.getWidthPoint(word, size) + CELL_PADDING);
        }
        return w;
    }

    PdfPCell header(String text) {
        PdfPCell c = cell(text, tableHeader(), Element.ALIGN_LEFT);
        c.setBackgroundColor(HEADER_FILL);
        return c;
    }

    /** Header of a column of numbers: right-aligned, over its figures. */
    PdfPCell numberHeader(String text) {
        PdfPCell c = header(text);
        c.setHorizontalAlignment(Element.ALIGN_RIGHT);
        return c;
    }

    PdfPCell text(String text) {
        return cell(text, small(), Element.ALIGN_LEFT);
    }

    PdfPCell number(String text) {
        return cell(text, small(), Element.ALIGN_RIGHT);
    }

    static PdfPCell cell(String text, Font font, int align) {
        PdfPCell c = new PdfPCell(new Phrase(text == null ? "" : load().printable(text), font));
        c.setHorizontalAlignment(align);
        c.setVerticalAlignment(Element.ALIGN_MIDDLE);
        c.setPadding(3.5f);
        c.setBorder(Rectangle.BOTTOM);
        c.setBorderColor(RULE);
        c.setBorderWidth(0.5f);
        return c;
    }
}
