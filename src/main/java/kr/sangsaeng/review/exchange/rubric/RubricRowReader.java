package kr.sangsaeng.review.exchange.rubric;

import java.util.List;
import java.util.OptionalDouble;
import kr.sangsaeng.review.exchange.Problem;
import kr.sangsaeng.review.exchange.table.Column;
import kr.sangsaeng.review.exchange.table.Header;
import kr.sangsaeng.review.exchange.table.PlainNumber;
import kr.sangsaeng.review.exchange.table.TableRow;

/** Turns one row of a rubric file into a {@link RubricLine}, or into its problems. */
final class RubricRowReader {
    private final Header header;

    RubricRowReader(Header header) {
        this.header = header;
    }

    RubricLine read(TableRow row, List<Problem> problems) {
        int before = problems.size();
        String key = text(row, RubricFormat.KEY, problems);
        String label = text(row, RubricFormat.LABEL, problems);
        double weight = number(row, RubricFormat.WEIGHT, problems);
        double min = number(row, RubricFormat.MIN, problems);
        double max = number(row, RubricFormat.MAX, problems);
        if (weight < 0) {
            problems.add(problem(row, RubricFormat.WEIGHT, "the weight is negative"));
        }
        if (!Double.isNaN(min) && !Double.isNaN(max) && min >= max) {
            problems.add(problem(row, RubricFormat.MAX, "the scale's max must be above its min (" + min + ")"));
        }
        String guidance = header.has(RubricFormat.GUIDANCE) ? row.cell(header.index(RubricFormat.GUIDANCE)) : null;
        header.checkUnnamed(row, problems);
        return problems.size() > before ? null : new RubricLine(row.number(), key, label, weight, min, max, guidance);
    }

    private String text(TableRow row, Column c, List<Problem> problems) {
        String v = row.cell(header.index(c));
        if (v.isEmpty()) {
            problems.add(problem(row, c, "the " + c.key() + " is empty"));
        }
        return v;
    }

    /** The cell as a number, or NaN (with a problem) when it is not one. A weight may carry a %. */
    private double number(TableRow row, Column c, List<Problem> problems) {
        String v = row.cell(header.index(c));
        String digits = c == RubricFormat.WEIGHT && v.endsWith("%") ? v.substring(0, v.length() - 1).strip() : v;
        OptionalDouble d = PlainNumber.parseWritten(digits);
        if (d.isEmpty()) {
            problems.add(problem(row, c, v.isEmpty() ? "the " + c.key() + " is empty" : "not a number: \"" + v + "\""));
            return Double.NaN;
        }
        return d.getAsDouble();
    }

    private Problem problem(TableRow row, Column c, String reason) {
        int i = header.index(c);
        return new Problem(row.number(), i, header.name(i), reason);
    }
}
