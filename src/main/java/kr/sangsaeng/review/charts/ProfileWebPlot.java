package kr.sangsaeng.review.charts;

import java.awt.BasicStroke;
import java.awt.Graphics2D;
import java.awt.geom.Path2D;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import org.jfree.chart.plot.PlotRenderingInfo;
import org.jfree.chart.plot.SpiderWebPlot;
import org.jfree.data.category.CategoryDataset;

/**
 * A spider web with rings at 25, 50, 75 and 100% of the scale. JFreeChart's web has spokes only,
 * which leaves a reader guessing how far out a point is; the rings make the 0–100% scale readable.
 */
final class ProfileWebPlot extends SpiderWebPlot {
    private static final double[] RINGS = {0.25, 0.5, 0.75, 1.0};

    ProfileWebPlot(CategoryDataset dataset) {
        super(dataset);
        setMaxValue(100);
    }

    @Override
    protected void drawRadarPoly(Graphics2D g2, Rectangle2D plotArea, Point2D centre, PlotRenderingInfo info,
                                 int series, int catCount, double headH, double headW) {
        if (series == 0) {
            drawRings(g2, plotArea, catCount);
        }
        super.drawRadarPoly(g2, plotArea, centre, info, series, catCount, headH, headW);
    }

    private void drawRings(Graphics2D g2, Rectangle2D area, int catCount) {
        g2.setPaint(ChartColors.GRID);
        g2.setStroke(new BasicStroke(0.8f));
        g2.setFont(ChartFonts.regular(10));
        for (double ring : RINGS) {
            Path2D path = new Path2D.Double();
            for (int cat = 0; cat < catCount; cat++) {
                Point2D p = getWebPoint(area, angle(cat, catCount), ring);
                if (cat == 0) {
                    path.moveTo(p.getX(), p.getY());
                } else {
                    path.lineTo(p.getX(), p.getY());
                }
            }
            path.closePath();
            g2.setPaint(ChartColors.GRID);
            g2.draw(path);
            Point2D tick = getWebPoint(area, angle(0, catCount), ring);
            g2.setPaint(ChartColors.MUTED_TEXT);
            g2.drawString(Math.round(ring * 100) + "%", (float) tick.getX() + 4, (float) tick.getY() + 4);
        }
    }

    private double angle(int cat, int catCount) {
        return getStartAngle() + getDirection().getFactor() * cat * 360.0 / catCount;
    }
}
