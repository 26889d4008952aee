package kr.sangsaeng.review.exchange.submissions;

/**
 * A metric value read from a cell: the number in the metric's base unit, the approximate flag, the cell
 * as written, and the Korean counting word written with it (empty when none).
 */
public record Figure(double value, boolean approximate, String asWritten, String counter) {
    public Figure {
        counter = counter == null ? "" : counter;
    }
}
