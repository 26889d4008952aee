package kr.sangsaeng.review.charts;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.HorizontalAlignment;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;

/**
 * Subtitles that say what a chart shows (its scale, its sample) and notes under it (cases not
 * reported, cases left out). They are part of the chart, not of the window, so an exported image
 * carries them too. Add them after {@link ChartFonts#apply}, which resets title fonts.
 */
final class ChartTitles {
    private ChartTitles() {
    }

    static TextTitle subtitle(String text) {
        TextTitle t = new TextTitle(text, ChartFonts.regular(12));
        t.setPaint(ChartColors.MUTED_TEXT);
        t.setPadding(new RectangleInsets(2, 8, 6, 8));
        return t;
    }

    /** A note under the plot, left-aligned; long text wraps to the chart's width. */
    static void addNote(JFreeChart chart, String text) {
        TextTitle t = new TextTitle(text, ChartFonts.regular(11));
        t.setPaint(ChartColors.MUTED_TEXT);
        t.setPosition(RectangleEdge.BOTTOM);
        t.setHorizontalAlignment(HorizontalAlignment.LEFT);
        t.setTextAlignment(HorizontalAlignment.LEFT);
        t.setPadding(new RectangleInsets(2, 10, 2, 10));
        chart.addSubtitle(t);
    }
}
