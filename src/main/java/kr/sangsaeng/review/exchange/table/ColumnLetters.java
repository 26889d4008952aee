package kr.sangsaeng.review.exchange.table;

/** Spreadsheet column names: 0 → A, 25 → Z, 26 → AA. */
public final class ColumnLetters {
    private ColumnLetters() {
    }

    public static String of(int index) {
        StringBuilder sb = new StringBuilder();
        int n = index + 1;
        while (n > 0) {
            int rem = (n - 1) % 26;
            sb.insert(0, (char) ('A' + rem));
            n = (n - 1) / 26;
        }
        return sb.toString();
    }
}
