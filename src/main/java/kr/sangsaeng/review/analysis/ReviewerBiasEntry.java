package kr.sangsaeng.review.analysis;

import kr.sangsaeng.review.model.Reviewer;

/**
 * How far a reviewer's totals sit from the panel mean on the same submissions, in points on 0–100:
 * positive is more generous than the panel. NaN when the reviewer completed no review.
 */
public record ReviewerBiasEntry(Reviewer reviewer, double bias, int reviews) {
}
