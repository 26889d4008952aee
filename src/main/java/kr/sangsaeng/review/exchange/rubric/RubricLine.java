package kr.sangsaeng.review.exchange.rubric;

/** One valid row of a rubric file; {@code guidance} is null when the file has no such column. */
record RubricLine(int row, String key, String label, double weight, double min, double max, String guidance) {
}
