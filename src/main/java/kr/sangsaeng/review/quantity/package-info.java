/**
 * Metric figures as people write and read them: {@link kr.sangsaeng.review.quantity.QuantityParser}
 * reads {@code 약 4000여개}, {@code 1억 2천만원}, {@code +60%p}, {@code KRW 100M} into a
 * {@link kr.sangsaeng.review.quantity.Quantity};
 * {@link kr.sangsaeng.review.quantity.QuantityFormatter} and
 * {@link kr.sangsaeng.review.quantity.AxisLabelFormatter} write figures for screens, reports and charts
 * in Korean or English; {@link kr.sangsaeng.review.quantity.UnitCompatibility} says whether a value
 * fits its column's unit. Pure Java: no I/O, no JavaFX.
 */
package kr.sangsaeng.review.quantity;
