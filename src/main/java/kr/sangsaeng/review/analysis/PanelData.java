package kr.sangsaeng.review.analysis;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;

import kr.sangsaeng.review.model.Criterion;
import kr.sangsaeng.review.model.Review;
import kr.sangsaeng.review.model.Reviewer;
import kr.sangsaeng.review.model.Score;
import kr.sangsaeng.review.model.ScoreColumns;
import kr.sangsaeng.review.model.Submission;
import kr.sangsaeng.review.model.SubmissionStatus;

/**
 * Everything the analysis needs about a round, as the store hands it over. The criteria are kept in
 * rubric order (position, then id) because tie-breaks and reports follow that order; submissions and
 * reviewers keep the order they are given in, which is also the last resort for display order.
 */
public record PanelData(List<Criterion> criteria, List<Reviewer> reviewers, List<Submission> submissions,
                        List<Score> scores, List<Review> reviews) {
    public PanelData {
        criteria = criteria.stream()
                .sorted(Comparator.comparingInt(Criterion::position).thenComparingLong(Criterion::id))
                .toList();
        reviewers = List.copyOf(reviewers);
        submissions = List.copyOf(submissions);
        // Columns are already unmodifiable; copying them would make the million objects they avoid.
        scores = scores instanceof ScoreColumns ? scores : List.copyOf(scores);
        reviews = List.copyOf(reviews);
        criteria.forEach(PanelData::checkCriterion);
    }

    /**
     * The same round without withdrawn submissions, which a committee does not rank. Kept as an
     * explicit step so that callers that do want them (an audit view) still can.
     */
    public PanelData withoutWithdrawn() {
        return new PanelData(criteria, reviewers,
                submissions.stream().filter(s -> s.status() != SubmissionStatus.WITHDRAWN).toList(),
                scores, reviews);
    }

    private static void checkCriterion(Criterion c) {
        Objects.requireNonNull(c, "criterion");
        if (!(c.max() > c.min()) || Double.isInfinite(c.max()) || Double.isInfinite(c.min())) {
            throw new IllegalArgumentException("Criterion '" + c.key() + "' has an empty scale "
                    + c.min() + ".." + c.max() + "; its maximum must be above its minimum");
        }
        if (!(c.weight() >= 0) || Double.isInfinite(c.weight())) {
            throw new IllegalArgumentException("Criterion '" + c.key() + "' has weight " + c.weight()
                    + "; weights must be zero or positive");
        }
    }
}
