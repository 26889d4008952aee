package kr.sangsaeng.review.exchange.documents;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * An open PDF for the viewer: page sizes, pages drawn to images, and text search with the boxes of
 * each match. PDFBox only draws; it never runs a document's scripts or actions. Not thread-safe:
 * the viewer uses one instance from one thread.
 */
public final class PdfPages implements AutoCloseable {
    /** Pages whose text is kept for searching again; text is small beside page images. */
    private static final int TEXT_CACHE = 200;

    private final PDDocument doc;
    private final PDFRenderer renderer;
    private final Map<Integer, PageText> texts = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Integer, PageText> eldest) {
            return size() > TEXT_CACHE;
        }
    };

    private PdfPages(PDDocument doc) {
        this.doc = doc;
        this.renderer = new PDFRenderer(doc);
    }

    public static PdfPages open(Path file) throws IOException {
        return new PdfPages(PdfCheck.open(file));
    }

    /** Opens a PDF held in memory; the caller keeps its size bounded. */
    public static PdfPages open(byte[] content) throws IOException {
        return new PdfPages(PdfCheck.open(content));
    }

    public int count() {
        return doc.getNumberOfPages();
    }

    /** The page's size in points as shown (its crop box, turned by its rotation); pages count from 0. */
    public float[] size(int page) {
        PDRectangle box = doc.getPage(page).getCropBox();
        int rotation = doc.getPage(page).getRotation();
        boolean turned = rotation == 90 || rotation == 270;
        return turned ? new float[] {box.getHeight(), box.getWidth()} : new float[] {box.getWidth(), box.getHeight()};
    }

    /** Draws a page at {@code scale} pixels per point. */
    public BufferedImage render(int page, float scale) throws IOException {
        return renderer.renderImage(page, scale, ImageType.RGB);
    }

    /** A match: its page (from 0) and the boxes of its characters, in points from the page's top left. */
    public record Hit(int page, List<float[]> boxes) {
    }

    /** Every match of {@code query} (ignoring case), page by page; stops after {@code max} matches. */
    public List<Hit> find(String query, int max) throws IOException {
        List<Hit> hits = new ArrayList<>();
        String q = query.strip().toLowerCase(Locale.ROOT);
        if (q.isEmpty()) {
            return hits;
        }
        for (int p = 0; p < count() && hits.size() < max; p++) {
            PageText t = text(p);
            for (int at = t.lower.indexOf(q); at >= 0 && hits.size() < max; at = t.lower.indexOf(q, at + 1)) {
                List<float[]> boxes = new ArrayList<>();
                for (int i = at; i < at + q.length(); i++) {
                    if (t.boxes.get(i) != null) {
                        boxes.add(t.boxes.get(i));
                    }
                }
                hits.add(new Hit(p, boxes));
            }
        }
        return hits;
    }

    /** The page's text as extracted (for quoting a page when pinning a figure). */
    public String pageText(int page) throws IOException {
        return text(page).text;
    }

    private PageText text(int page) throws IOException {
        PageText t = texts.get(page);
        if (t == null) {
            t = PageText.read(doc, page);
            texts.put(page, t);
        }
        return t;
    }

    /** A page's characters, each with its box (null for the spaces put between runs of text). */
    private record PageText(String text, String lower, List<float[]> boxes) {
        static PageText read(PDDocument doc, int page) throws IOException {
            StringBuilder chars = new StringBuilder();
            List<float[]> boxes = new ArrayList<>();
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void writeString(String text, List<TextPosition> positions) {
                    for (TextPosition tp : positions) {
                        String u = tp.getUnicode();
                        // PDFBox's glyph height is often the x-height; cover ascent to descent instead.
                        float size = Math.max(tp.getHeightDir(), tp.getFontSizeInPt() * 0.85f);
                        float[] box = {tp.getXDirAdj(), tp.getYDirAdj() - size, tp.getWidthDirAdj(),
                                size + tp.getFontSizeInPt() * 0.25f};
                        for (int i = 0; i < u.length(); i++) {
                            chars.append(u.charAt(i));
                            boxes.add(box);
                        }
                    }
                    chars.append(' ');
                    boxes.add(null);
                }
            };
            stripper.setSortByPosition(true);
            stripper.setStartPage(page + 1);
            stripper.setEndPage(page + 1);
            stripper.getText(doc);
            String text = chars.toString();
            // Lower-casing keeps the length for Hangul and Latin, so indexes still match the boxes.
            String lower = text.toLowerCase(Locale.ROOT);
            return new PageText(text, lower.length() == text.length() ? lower : text, boxes);
        }
    }

    @Override
    public void close() throws IOException {
        doc.close();
    }
}
