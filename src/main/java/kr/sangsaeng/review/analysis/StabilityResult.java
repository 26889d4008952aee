package kr.sangsaeng.review.analysis;

import java.util.List;

/**
 * Rank stability of every submission, in table order, with the options and the weights (rubric
 * order) the draws were centred on, so that an export can record how it was produced.
 */
public record StabilityResult(StabilityOptions options, List<Double> centreWeights,
                              List<SubmissionStability> submissions) {
    public StabilityResult {
        centreWeights = List.copyOf(centreWeights);
        submissions = List.copyOf(submissions);
    }

    public List<SubmissionStability> onCutoff() {
        return submissions.stream().filter(SubmissionStability::onCutoff).toList();
    }
}
