package kr.sangsaeng.review.charts;

import java.awt.Rectangle;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.StandardFontFunction;

/**
 * Writes a chart to a PNG or SVG file at a chosen size. Each file is written next to its target
 * first and then moved over it, so a failed export never leaves half an image where a good one was.
 */
public final class ChartExport {
    /** Smallest and largest side the export accepts, in pixels. */
    public static final int MIN_SIZE = 100;
    public static final int MAX_SIZE = 10_000;

    /**
     * SVG viewers without NanumGothic fall back to a Korean system font rather than boxes. Double
     * quotes, because JFreeSVG puts the style attribute in single quotes.
     */
    private static final String SVG_FONT_FAMILY =
            "\"NanumGothic\", \"Nanum Gothic\", \"Malgun Gothic\", \"Apple SD Gothic Neo\", \"Noto Sans CJK KR\", sans-serif";

    private ChartExport() {
    }

    public static void png(JFreeChart chart, Path file, int width, int height) throws IOException {
        checkSize(width, height);
        write(file, out -> ChartUtils.writeChartAsPNG(out, chart, width, height));
    }

    public static void svg(JFreeChart chart, Path file, int width, int height) throws IOException {
        checkSize(width, height);
        String document = svgDocument(chart, width, height);
        write(file, out -> out.write(document.getBytes(StandardCharsets.UTF_8)));
    }

    /** The chart as a standalone SVG document (text kept as text, so it stays searchable). */
    public static String svgDocument(JFreeChart chart, int width, int height) {
        checkSize(width, height);
        SVGGraphics2D g = new SVGGraphics2D(width, height);
        StandardFontFunction fonts = new StandardFontFunction();
        fonts.put(ChartFonts.FAMILY, SVG_FONT_FAMILY);
        g.setFontFunction(fonts);
        chart.draw(g, new Rectangle(width, height));
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + g.getSVGElement();
    }

    private static void checkSize(int width, int height) {
        if (width < MIN_SIZE || height < MIN_SIZE || width > MAX_SIZE || height > MAX_SIZE) {
            throw new IllegalArgumentException("Width and height must be between " + MIN_SIZE + " and "
                    + MAX_SIZE + " pixels, not " + width + " × " + height);
        }
    }

    private interface Writer {
        void writeTo(OutputStream out) throws IOException;
    }

    private static void write(Path file, Writer writer) throws IOException {
        Path target = file.toAbsolutePath();
        // Not Files.createTempFile: its owner-only permissions would stay with the exported image.
        Path temp = target.resolveSibling("." + target.getFileName() + "." + System.nanoTime() + ".part");
        try {
            try (OutputStream out = Files.newOutputStream(temp, StandardOpenOption.CREATE_NEW,
                    StandardOpenOption.WRITE)) {
                writer.writeTo(out);
            }
            try {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }
}
