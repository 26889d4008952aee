package kr.sangsaeng.review.charts;

import java.awt.BasicStroke;
import java.awt.Color;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;

/** Reference lines (a cut-off, a zero) with a label beside their top end. */
final class ChartMarkers {
    private ChartMarkers() {
    }

    static ValueMarker line(double value, Color colour, String label, boolean dashed) {
        BasicStroke stroke = dashed
                ? new BasicStroke(1.6f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 1f, new float[] {6f, 4f}, 0f)
                : new BasicStroke(1.6f);
        ValueMarker m = new ValueMarker(value, colour, stroke);
        // Fully opaque: the default 0.8 blends the line into the grid.
        m.setAlpha(1f);
        m.setLabel(label);
        m.setLabelFont(ChartFonts.bold(11));
        m.setLabelPaint(colour);
        m.setLabelBackgroundColor(new Color(255, 255, 255, 220));
        m.setLabelAnchor(RectangleAnchor.TOP_RIGHT);
        m.setLabelTextAnchor(TextAnchor.TOP_LEFT);
        m.setLabelOffset(new RectangleInsets(4, 4, 4, 4));
        return m;
    }
}
