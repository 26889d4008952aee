package kr.sangsaeng.review.analysis;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import kr.sangsaeng.review.model.Criterion;
import kr.sangsaeng.review.model.Review;
import kr.sangsaeng.review.model.Reviewer;
import kr.sangsaeng.review.model.Score;
import kr.sangsaeng.review.model.Submission;
import kr.sangsaeng.review.model.SubmissionStatus;
import kr.sangsaeng.review.model.SupportArea;

/** Builds small hand-made panels for the analysis tests. Ids: criteria 100+, reviewers and submissions as given. */
final class PanelFixture {
    private static final Instant T = Instant.parse("2022-12-01T00:00:00Z");

    private final List<Criterion> criteria = new ArrayList<>();
    private final List<Reviewer> reviewers = new ArrayList<>();
    private final List<Submission> submissions = new ArrayList<>();
    private final List<Score> scores = new ArrayList<>();
    private final List<Review> reviews = new ArrayList<>();

    /** One criterion scored 0..100 with weight 1, so a reviewer's total is simply the score. */
    static PanelFixture singleCriterion(int reviewerCount) {
        return new PanelFixture().criterion("quality", 1, 0, 100).reviewers(reviewerCount);
    }

    PanelFixture criterion(String key, double weight, double min, double max) {
        int position = criteria.size();
        criteria.add(new Criterion(100 + position, key, key, weight, min, max, "", position));
        return this;
    }

    PanelFixture reviewers(int count) {
        for (int i = 1; i <= count; i++) {
            reviewers.add(new Reviewer(i, "Reviewer " + i, "member"));
        }
        return this;
    }

    PanelFixture submission(long id, SupportArea... areas) {
        Set<SupportArea> set = areas.length == 0 ? Set.of() : EnumSet.of(areas[0], areas);
        submissions.add(new Submission(id, "2022-" + id, id, "Platform " + id, "Case " + id, set, "",
                SubmissionStatus.UNDER_REVIEW));
        return this;
    }

    PanelFixture submissions(long... ids) {
        for (long id : ids) {
            submission(id);
        }
        return this;
    }

    /** One value per criterion in rubric order; NaN leaves that criterion unscored. */
    PanelFixture score(long reviewer, long submission, double... values) {
        for (int c = 0; c < values.length; c++) {
            if (!Double.isNaN(values[c])) {
                scores.add(new Score(reviewer, submission, criteria.get(c).id(), values[c], T));
            }
        }
        return this;
    }

    PanelFixture recuse(long reviewer, long submission) {
        reviews.add(new Review(reviewer, submission, "", true, "conflict of interest", false, T));
        return this;
    }

    PanelData data() {
        return new PanelData(criteria, reviewers, submissions, scores, reviews);
    }

    ReviewTable table() {
        return ReviewTable.of(data());
    }

    PanelAnalysis analysis() {
        return PanelAnalysis.of(data());
    }

    long criterionId(int position) {
        return criteria.get(position).id();
    }
}
