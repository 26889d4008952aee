package kr.sangsaeng.review.exchange.scores;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import kr.sangsaeng.review.model.Criterion;
import kr.sangsaeng.review.model.Review;
import kr.sangsaeng.review.model.Reviewer;
import kr.sangsaeng.review.model.Score;
import kr.sangsaeng.review.model.Submission;
import kr.sangsaeng.review.store.ReviewStore;

/** What a score pack is checked and merged against: the round's cases, rubric, panel, scores and reviews. */
final class RoundIndex {
    final Map<String, Long> submissionIds = new HashMap<>();
    final Map<String, Criterion> criteria = new HashMap<>();
    final Map<String, Criterion> criteriaByLabel = new HashMap<>();
    final List<Criterion> rubric;
    final Map<String, Long> reviewerIds = new HashMap<>();
    final Map<String, Score> scores = new HashMap<>();
    final Map<String, Review> reviews = new HashMap<>();
    final Map<String, kr.sangsaeng.review.model.CaseNote> notes = new HashMap<>();

    private RoundIndex(List<Criterion> rubric) {
        this.rubric = rubric;
    }

    static RoundIndex load(ReviewStore store) {
        RoundIndex ix = new RoundIndex(store.criteria().findAll());
        for (Submission s : store.submissions().findAll()) {
            ix.submissionIds.put(s.ref(), s.id());
        }
        for (Criterion c : ix.rubric) {
            ix.criteria.put(c.key(), c);
            ix.criteriaByLabel.put(c.label(), c);
        }
        for (Reviewer r : store.reviewers().findAll()) {
            ix.reviewerIds.put(r.name(), r.id());
        }
        store.scores().findAll().forEach(s -> ix.scores.put(cell(s.reviewerId(), s.submissionId(), s.criterionId()), s));
        store.reviews().findAll().forEach(r -> ix.reviews.put(review(r.reviewerId(), r.submissionId()), r));
        store.notes().findAll().forEach(n -> ix.notes.put(n.id(), n));
        return ix;
    }

    /** A criterion by key, or by its exact label when someone typed that instead. */
    Criterion criterion(String keyOrLabel) {
        Criterion c = criteria.get(keyOrLabel);
        return c != null ? c : criteriaByLabel.get(keyOrLabel);
    }

    static String cell(long reviewerId, long submissionId, long criterionId) {
        return reviewerId + "/" + submissionId + "/" + criterionId;
    }

    static String review(long reviewerId, long submissionId) {
        return reviewerId + "/" + submissionId;
    }
}
