package kr.sangsaeng.review.exchange.shortlist;

import java.util.ArrayList;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * One XLSX sheet written row by row: a bold, frozen, filterable header; numbers stored as numbers;
 * column widths fitted to the longest cell (Hangul counted double, as it is drawn about twice as
 * wide as a Latin letter) within sensible bounds.
 */
final class SheetWriter {
    private static final double MIN_WIDTH = 6;
    private static final double MAX_WIDTH = 60;

    private final Worksheet sheet;
    private final List<Double> widths = new ArrayList<>();
    private int row;
    private int columns;

    SheetWriter(Workbook workbook, String name) {
        this.sheet = workbook.newWorksheet(name);
    }

    Worksheet sheet() {
        return sheet;
    }

    void header(List<String> names) {
        columns = Math.max(columns, names.size());
        write(new ArrayList<>(names));
        sheet.range(row - 1, 0, row - 1, names.size() - 1).style().bold().fillColor("DDE5F0").set();
        sheet.freezePane(0, row);
    }

    /** Writes cells: String, Number or Boolean; null leaves the cell empty. */
    void write(List<?> cells) {
        for (int c = 0; c < cells.size(); c++) {
            Object v = cells.get(c);
            if (v instanceof Number n) {
                sheet.value(row, c, n);
            } else if (v instanceof Boolean b) {
                sheet.value(row, c, b);
            } else if (v != null) {
                sheet.value(row, c, v.toString());
            }
            fit(c, v);
        }
        row++;
    }

    /** Applies a number format (e.g. {@code 0.0%}) to a column's data rows. */
    void format(int column, int firstRow, int lastRow, String pattern) {
        if (lastRow >= firstRow) {
            sheet.range(firstRow, column, lastRow, column).style().format(pattern).set();
        }
    }

    void finish(boolean filter) {
        for (int c = 0; c < widths.size(); c++) {
            sheet.width(c, Math.max(MIN_WIDTH, Math.min(MAX_WIDTH, widths.get(c) + 2)));
        }
        if (filter && row > 1 && columns > 0) {
            sheet.setAutoFilter(0, 0, columns - 1);
        }
    }

    private void fit(int column, Object value) {
        while (widths.size() <= column) {
            widths.add(0.0);
        }
        double w = value instanceof Number ? 10 : displayWidth(value == null ? "" : value.toString());
        widths.set(column, Math.max(widths.get(column), w));
    }

    static double displayWidth(String s) {
        double w = 0;
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            w += Character.UnicodeScript.of(ch) == Character.UnicodeScript.HANGUL
                    || Character.UnicodeScript.of(ch) == Character.UnicodeScript.HAN ? 2 : 1.1;
        }
        return w;
    }
}
