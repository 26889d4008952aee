package kr.sangsaeng.review.ui.scoring;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import kr.sangsaeng.review.model.Criterion;
import kr.sangsaeng.review.model.Review;
import kr.sangsaeng.review.model.Reviewer;
import kr.sangsaeng.review.model.Score;

/**
 * One reviewer's scores and reviews as the Scoring view holds them. Changed on the FX thread the
 * moment the reviewer types; the same change is then written to the file.
 */
final class ReviewerSheet {
    private final Reviewer reviewer;
    private final Map<Long, Map<Long, Double>> scores = new HashMap<>();
    private final Map<Long, Review> reviews = new HashMap<>();
    private final Optional<List<Score>> others;
    private String pledgeToConfirm;

    ReviewerSheet(Reviewer reviewer, List<Score> scoreRows, List<Review> reviewRows) {
        this(reviewer, scoreRows, reviewRows, Optional.empty());
    }

    /** {@code others}: the other reviewers' scores as the service lets this reviewer see them, empty while hidden. */
    ReviewerSheet(Reviewer reviewer, List<Score> scoreRows, List<Review> reviewRows, Optional<List<Score>> others) {
        this.reviewer = reviewer;
        this.others = others;
        for (Score s : scoreRows) {
            scores.computeIfAbsent(s.submissionId(), k -> new HashMap<>()).put(s.criterionId(), s.value());
        }
        for (Review r : reviewRows) {
            reviews.put(r.submissionId(), r);
        }
    }

    Reviewer reviewer() {
        return reviewer;
    }

    /** A copy of one case's scores, criterion id → value. */
    Map<Long, Double> scoresOf(long submissionId) {
        return Map.copyOf(scores.getOrDefault(submissionId, Map.of()));
    }

    Double score(long submissionId, long criterionId) {
        return scores.getOrDefault(submissionId, Map.of()).get(criterionId);
    }

    void setScore(long submissionId, long criterionId, Double value) {
        Map<Long, Double> m = scores.computeIfAbsent(submissionId, k -> new HashMap<>());
        if (value == null) {
            m.remove(criterionId);
        } else {
            m.put(criterionId, value);
        }
    }

    Optional<Review> review(long submissionId) {
        return Optional.ofNullable(reviews.get(submissionId));
    }

    void putReview(Review r) {
        reviews.put(r.submissionId(), r);
    }

    boolean recused(long submissionId) {
        return review(submissionId).map(Review::recused).orElse(false);
    }

    boolean complete(long submissionId, List<Criterion> criteria) {
        Map<Long, Double> m = scores.getOrDefault(submissionId, Map.of());
        return !criteria.isEmpty() && criteria.stream().allMatch(c -> m.containsKey(c.id()));
    }

    /** The other reviewers' scores on one case, reviewer id → criterion id → value; empty while hidden. */
    Optional<Map<Long, Map<Long, Double>>> othersOn(long submissionId) {
        return others.map(list -> {
            Map<Long, Map<Long, Double>> out = new java.util.TreeMap<>();
            list.stream().filter(s -> s.submissionId() == submissionId)
                    .forEach(s -> out.computeIfAbsent(s.reviewerId(), k -> new HashMap<>()).put(s.criterionId(), s.value()));
            return out;
        });
    }

    /** Remembers that the reviewer must confirm this pledge text before scoring. */
    void askPledge(String text) {
        pledgeToConfirm = text;
    }

    /** The pledge the reviewer must confirm before scoring, if any. */
    Optional<String> pledgeToConfirm() {
        return Optional.ofNullable(pledgeToConfirm);
    }

    /** Finalising locks every case at once, so any finalised review means the whole sheet is locked. */
    boolean finalised() {
        return reviews.values().stream().anyMatch(Review::finalised);
    }
}
