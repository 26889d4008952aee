package kr.sangsaeng.review.analysis;

/** Inter-rater agreement on one quantity (a criterion, or the totals), over n cases and k raters. */
public record AgreementFigures(int n, int k, IccResult icc, double kendallW) {
    static AgreementFigures of(double[][] matrix) {
        IccResult icc = IccCalculator.compute(matrix);
        return new AgreementFigures(icc.n(), icc.k(), icc, KendallW.compute(matrix));
    }
}
