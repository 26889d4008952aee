package kr.sangsaeng.review.charts;

import java.util.Optional;
import org.jfree.chart.entity.CategoryItemEntity;
import org.jfree.chart.entity.CategoryLabelEntity;
import org.jfree.chart.entity.ChartEntity;
import org.jfree.chart.entity.XYItemEntity;

/**
 * Which case a part of a chart stands for: a bar, a box, a point or a case's name on the axis.
 * The view calls it with the entity under a click and opens that case.
 */
public final class ChartCases {
    private ChartCases() {
    }

    public static Optional<CaseKey> at(ChartEntity entity) {
        if (entity instanceof CategoryItemEntity e && e.getColumnKey() instanceof CaseKey k) {
            return Optional.of(k);
        }
        if (entity instanceof CategoryLabelEntity e && e.getKey() instanceof CaseKey k) {
            return Optional.of(k);
        }
        if (entity instanceof XYItemEntity e && e.getDataset() instanceof CaseXYDataset d) {
            return Optional.of(d.caseAt(e.getItem()));
        }
        return Optional.empty();
    }
}
