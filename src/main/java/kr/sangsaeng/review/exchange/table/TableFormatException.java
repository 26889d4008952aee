package kr.sangsaeng.review.exchange.table;

/** The file cannot be read as a table from {@code row} on; the reason is fit to show the user. */
public class TableFormatException extends Exception {
    private static final long serialVersionUID = 1L;

    private final int row;

    public TableFormatException(int row, String reason, Throwable cause) {
        super(reason, cause);
        this.row = row;
    }

    /** The row (header = 1) where reading stopped, or 0 when the file could not be opened at all. */
    public int row() {
        return row;
    }
}
