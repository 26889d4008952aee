package kr.sangsaeng.review.charts;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.GraphicsEnvironment;
import java.awt.RenderingHints;
import java.io.IOException;
import java.io.InputStream;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.StandardChartTheme;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.renderer.xy.StandardXYBarPainter;
import org.jfree.chart.ui.RectangleInsets;

/**
 * The bundled NanumGothic for every chart, so Hangul renders in the window, in PNG, SVG and PDF,
 * and on machines (or headless servers) without a Korean font. The fonts are created from the
 * jar's TTFs rather than looked up by family name, so a different "NanumGothic" installed on the
 * system cannot change what an export looks like.
 */
public final class ChartFonts {
    /** The family name exports write into SVG (with fallbacks added by {@link ChartExport}). */
    public static final String FAMILY = "NanumGothic";
    private static final String REGULAR = "/kr/sangsaeng/review/fonts/NanumGothic.ttf";
    private static final String BOLD = "/kr/sangsaeng/review/fonts/NanumGothicBold.ttf";

    private static Font regular;
    private static Font bold;
    private static StandardChartTheme theme;

    private ChartFonts() {
    }

    /** The regular face at a size. */
    public static Font regular(float size) {
        load();
        return regular.deriveFont(Font.PLAIN, size);
    }

    /**
     * The bold face at a size. Marked bold as well as drawn from the bold file: Java2D does not
     * embolden a face that is bold already, and the JavaFX viewer and SVG pick the weight by the flag.
     */
    public static Font bold(float size) {
        load();
        return bold.deriveFont(Font.BOLD, size);
    }

    /**
     * Applies the app's chart theme: Nanum fonts, white plot, light grid, flat bars. Factories call
     * it before setting their own series colours, because a theme resets them.
     */
    public static JFreeChart apply(JFreeChart chart) {
        theme().apply(chart);
        // Room on the right for the last tick label of a horizontal value axis.
        chart.setPadding(new RectangleInsets(6, 8, 6, 18));
        chart.getRenderingHints().put(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        chart.getRenderingHints().put(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        chart.getRenderingHints().put(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
        return chart;
    }

    /** The theme itself, for code that builds charts through {@code ChartFactory}. */
    public static synchronized StandardChartTheme theme() {
        if (theme == null) {
            StandardChartTheme t = new StandardChartTheme("Sangsaeng", false);
            t.setExtraLargeFont(bold(17));
            t.setLargeFont(bold(13));
            t.setRegularFont(regular(12));
            t.setSmallFont(regular(11));
            t.setChartBackgroundPaint(Color.WHITE);
            t.setPlotBackgroundPaint(Color.WHITE);
            t.setPlotOutlinePaint(ChartColors.GRID);
            t.setDomainGridlinePaint(ChartColors.GRID);
            t.setRangeGridlinePaint(ChartColors.GRID);
            t.setTitlePaint(ChartColors.TEXT);
            t.setSubtitlePaint(ChartColors.MUTED_TEXT);
            t.setAxisLabelPaint(ChartColors.TEXT);
            t.setTickLabelPaint(ChartColors.TEXT);
            t.setItemLabelPaint(ChartColors.TEXT);
            t.setLegendItemPaint(ChartColors.TEXT);
            t.setBarPainter(new StandardBarPainter());
            t.setXYBarPainter(new StandardXYBarPainter());
            t.setShadowVisible(false);
            theme = t;
        }
        return theme;
    }

    private static synchronized void load() {
        if (regular == null) {
            regular = create(REGULAR, Font.SANS_SERIF, Font.PLAIN);
            bold = create(BOLD, Font.SANS_SERIF, Font.BOLD);
        }
    }

    /**
     * Creates the font and registers it, so code that asks for the family by name (the SVG and PDF
     * writers measure text that way) gets the same glyphs. Without the resource, a logical font keeps
     * charts working, with boxes for Hangul.
     */
    private static Font create(String resource, String fallback, int style) {
        try (InputStream in = ChartFonts.class.getResourceAsStream(resource)) {
            if (in == null) {
                return new Font(fallback, style, 12);
            }
            Font f = Font.createFont(Font.TRUETYPE_FONT, in);
            GraphicsEnvironment.getLocalGraphicsEnvironment().registerFont(f);
            return f.deriveFont(12f);
        } catch (IOException | FontFormatException e) {
            return new Font(fallback, style, 12);
        }
    }
}
