package kr.sangsaeng.review.charts;

import java.util.List;
import org.jfree.data.xy.AbstractXYDataset;

/**
 * The scatter's points as a JFreeChart dataset that remembers which case each point is, so a
 * click on a point can open that case.
 */
public final class CaseXYDataset extends AbstractXYDataset {
    private final String seriesKey;
    private final List<ScatterData.Point> points;

    CaseXYDataset(String seriesKey, List<ScatterData.Point> points) {
        this.seriesKey = seriesKey;
        this.points = List.copyOf(points);
    }

    public CaseKey caseAt(int item) {
        return points.get(item).key();
    }

    ScatterData.Point point(int item) {
        return points.get(item);
    }

    @Override
    public int getSeriesCount() {
        return 1;
    }

    @Override
    public Comparable<?> getSeriesKey(int series) {
        return seriesKey;
    }

    @Override
    public int getItemCount(int series) {
        return points.size();
    }

    @Override
    public Number getX(int series, int item) {
        return points.get(item).x().shown();
    }

    @Override
    public Number getY(int series, int item) {
        return points.get(item).y().shown();
    }
}
