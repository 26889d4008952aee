package kr.sangsaeng.review.exchange.submissions;

import java.util.List;
import java.util.Optional;
import kr.sangsaeng.review.exchange.Problem;
import kr.sangsaeng.review.exchange.table.TableRow;
import kr.sangsaeng.review.model.Metric;
import kr.sangsaeng.review.model.MetricUnit;
import kr.sangsaeng.review.quantity.Quantity;
import kr.sangsaeng.review.quantity.QuantityFormatException;
import kr.sangsaeng.review.quantity.UnitCompatibility;

/**
 * One metric column of a submissions file while it is read. Its unit comes from the round's metric
 * of the same label if there is one, else from the header, else from the first figure that names a
 * unit; every figure in the column must then fit it, so {@code 3배} under a column of percentages is
 * caught instead of being compared as 3%.
 */
final class MetricColumn {
    private final int index;
    private final String header;
    private final MetricHeader parsed;
    private final Metric existing;
    private MetricUnit unit;
    private int unitRow;
    private String counter;

    MetricColumn(int index, String header, MetricHeader parsed, Metric existing) {
        this.index = index;
        this.header = header;
        this.parsed = parsed;
        this.existing = existing;
        this.unit = existing != null ? existing.unit() : parsed.unit();
        this.counter = !parsed.counter().isEmpty() ? parsed.counter() : existing != null ? existing.counter() : "";
    }

    /**
     * The counting word the column's figures are shown with when a cell names none: the header's
     * ({@code [개사]}), the round's metric's, else the first one a cell was written with.
     */
    String counter() {
        return counter;
    }

    /** The label of the metric the header names as this one's baseline, or empty. */
    String baseline() {
        return parsed.baseline();
    }

    int index() {
        return index;
    }

    String header() {
        return header;
    }

    String label() {
        return parsed.label();
    }

    /** The round's metric this column fills, or empty when the import adds a new one. */
    Optional<Metric> existing() {
        return Optional.ofNullable(existing);
    }

    /** The unit the column's figures are in (decided by the header, the round, or the first figure). */
    MetricUnit unit() {
        return unit;
    }

    /** A header unit that contradicts the round's metric of the same label, or empty. */
    Optional<String> headerConflict() {
        if (existing == null || !parsed.unitDeclared() || UnitCompatibility.compatible(existing.unit(), parsed.unit())) {
            return Optional.empty();
        }
        return Optional.of("the round already has the metric \"" + existing.label() + "\" in ["
                + existing.unit().code() + "], not [" + parsed.unit().code() + "]");
    }

    /** Reads this column's cell of a row; null when it is empty or wrong (then a problem is added). */
    Figure read(TableRow row, List<Problem> problems) {
        String text = row.cell(index);
        if (text.isEmpty()) {
            return null;
        }
        Quantity q;
        try {
            q = FigureReader.read(text);
        } catch (QuantityFormatException e) {
            problems.add(new Problem(row.number(), index, header, e.getMessage()));
            return null;
        }
        if (q.hasUnit() && !fits(q, row, problems)) {
            return null;
        }
        // A column's scale ([만원]) applies to plain numbers only: "2.5억" or "1억원" already says its size.
        double value = q.hasUnit() || q.magnitudeStated() ? q.value() : q.value() * parsed.scale();
        if (counter.isEmpty() && !q.counter().isEmpty()) {
            counter = q.counter();
        }
        return new Figure(value, q.approximate(), text, q.counter());
    }

    private boolean fits(Quantity q, TableRow row, List<Problem> problems) {
        if (unit == MetricUnit.NONE) {
            unit = q.unit();
            unitRow = row.number();
            return true;
        }
        if (UnitCompatibility.compatible(unit, q.unit())) {
            return true;
        }
        String reason = unitRow == 0 ? UnitCompatibility.mismatch(unit, q).orElseThrow()
                : "unit does not match the column's earlier figures (row " + unitRow + " is in ["
                + unit.code() + "]): \"" + q.asWritten() + "\"";
        problems.add(new Problem(row.number(), index, header, reason));
        return false;
    }
}
