package kr.sangsaeng.review.exchange.table;

import java.util.List;

/**
 * One row of a CSV file or worksheet, cells already cleaned (see {@link CellText}). {@code number}
 * is the row number a spreadsheet shows: the header is row 1, and a quoted cell with line breaks
 * does not make its row count twice.
 */
public record TableRow(int number, List<String> cells) {
    public TableRow {
        cells = List.copyOf(cells);
    }

    /** The cell in column {@code index}, or "" when the row is shorter. */
    public String cell(int index) {
        return index >= 0 && index < cells.size() ? cells.get(index) : "";
    }

    public int size() {
        return cells.size();
    }

    public boolean isBlank() {
        for (String c : cells) {
            if (!c.isEmpty()) {
                return false;
            }
        }
        return true;
    }
}
