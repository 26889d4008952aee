package kr.sangsaeng.review.analysis;

import java.util.List;

import kr.sangsaeng.review.model.Submission;

/**
 * One submission's panel figures. {@code index} is its position in the {@link ReviewTable}.
 * Mean, median and SD are over the completed reviews' totals whatever the panel method, because
 * the results view shows them side by side; SD is the sample SD (n − 1) and NaN below two reviews.
 * With no completed review every figure is NaN. Criterion means are raw scores in rubric order.
 */
public record SubmissionStats(Submission submission, int index, double panelScore, double mean, double median,
                              double sd, int completed, int incomplete, int recused,
                              List<Double> criterionMeans) {
    public SubmissionStats {
        criterionMeans = List.copyOf(criterionMeans);
    }

    public boolean hasScore() {
        return !Double.isNaN(panelScore);
    }
}
