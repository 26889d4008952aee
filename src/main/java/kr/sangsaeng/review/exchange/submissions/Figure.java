package kr.sangsaeng.review.exchange.submissions;

/** A metric value read from a cell: the number in the metric's base unit, the approximate flag, and the cell as written. */
public record Figure(double value, boolean approximate, String asWritten) {
}
