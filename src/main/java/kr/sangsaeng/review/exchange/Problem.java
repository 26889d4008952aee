package kr.sangsaeng.review.exchange;

import kr.sangsaeng.review.exchange.table.ColumnLetters;

/**
 * One thing wrong with an import file, located as the spreadsheet user sees it: {@code row} counts
 * from 1 for the header row (0 means the file as a whole), {@code column} from 0 for column A
 * (-1 means the whole row). {@code columnName} is the header as written in the file.
 */
public record Problem(int row, int column, String columnName, String reason) {
    public Problem {
        columnName = columnName == null ? "" : columnName;
    }

    public static Problem ofFile(String reason) {
        return new Problem(0, -1, "", reason);
    }

    public static Problem ofRow(int row, String reason) {
        return new Problem(row, -1, "", reason);
    }

    /** The column as a spreadsheet names it ("C"), or empty for whole-row and whole-file problems. */
    public String columnLetter() {
        return column < 0 ? "" : ColumnLetters.of(column);
    }

    /** Where, in words: {@code row 5, column C (플랫폼)}. */
    public String location() {
        if (row <= 0) {
            return "file";
        }
        if (column < 0) {
            return "row " + row;
        }
        return "row " + row + ", column " + columnLetter() + (columnName.isEmpty() ? "" : " (" + columnName + ")");
    }

    /** One line for a terminal or a log: location and reason. */
    public String describe() {
        return location() + ": " + reason;
    }
}
