package kr.sangsaeng.review.service;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import kr.sangsaeng.review.model.Criterion;
import kr.sangsaeng.review.model.Review;
import kr.sangsaeng.review.model.Reviewer;
import kr.sangsaeng.review.model.Score;
import kr.sangsaeng.review.store.ReviewStore;

/**
 * The rubric and the panel: saving an edited rubric (with what it does to the scores given), blind
 * review, and adding, renaming and removing reviewers. Each call is one transaction; what it deletes
 * is written to the audit log in that transaction.
 */
public final class PanelService {
    private final ReviewStore store;

    PanelService(ReviewStore store) {
        this.store = store;
    }

    /** A reviewer with how much of their work is in the file, so removing them can say what goes. */
    public record ReviewerWork(Reviewer reviewer, int scores, int reviews, boolean finalised) {
    }

    /** A rubric save the file's scores do not allow (a score would fall outside its new scale). */
    public static final class RubricRefusedException extends IllegalStateException {
        private final transient RubricImpact impact;

        RubricRefusedException(RubricImpact impact) {
            super("The edited rubric would leave scores outside their scale; nothing was saved.");
            this.impact = impact;
        }

        public RubricImpact impact() {
            return impact;
        }
    }

    /** A reviewer name already used by someone else on the panel (names are compared ignoring case). */
    public static final class NameTakenException extends IllegalArgumentException {
        private final String name;

        NameTakenException(String name) {
            super("A reviewer named " + name + " is already on the panel.");
            this.name = name;
        }

        public String name() {
            return name;
        }
    }

    /** What saving {@code edited} in place of the stored rubric would do to the scores given. */
    public RubricImpact impactOf(List<Criterion> edited) {
        return RubricImpact.of(store.criteria().findAll(), edited, store.scores().findAll());
    }

    /**
     * Saves an edited rubric in one transaction: criteria left out lose their scores first (each
     * deletion audited), edited ones are updated, new ones (id 0) added, and the order written.
     * Refused, with nothing written, when the impact has blockers.
     */
    public void saveRubric(Actor actor, List<Criterion> edited) {
        Transactions.inTransaction(store, () -> {
            RubricImpact impact = impactOf(edited);
            if (!impact.blockers().isEmpty()) {
                throw new RubricRefusedException(impact);
            }
            List<Long> kept = edited.stream().map(Criterion::id).filter(id -> id != 0).toList();
            for (Criterion c : store.criteria().findAll()) {
                if (!kept.contains(c.id())) {
                    store.scores().deleteForCriterion(c.id(), actor.name());
                    store.criteria().delete(c.id());
                }
            }
            List<Long> order = new ArrayList<>();
            for (Criterion c : edited) {
                if (c.id() == 0) {
                    order.add(store.criteria().insert(c.key(), c.label(), c.weight(), c.min(), c.max(), c.guidance()));
                } else {
                    store.criteria().update(c);
                    order.add(c.id());
                }
            }
            store.criteria().reorder(order);
        });
    }

    /** Turns blind review on or off; returns false when it already was. */
    public boolean setBlindMode(Actor actor, boolean on) {
        return store.round().setBlindMode(on, actor.name());
    }

    /** Every reviewer with the scores and reviews they have given. */
    public List<ReviewerWork> reviewerWork() {
        Map<Long, Long> scores = store.scores().findAll().stream()
                .collect(Collectors.groupingBy(Score::reviewerId, Collectors.counting()));
        List<Review> reviews = store.reviews().findAll();
        return store.reviewers().findAll().stream().map(r -> new ReviewerWork(r, scores.getOrDefault(r.id(), 0L).intValue(),
                (int) reviews.stream().filter(v -> v.reviewerId() == r.id() && (v.recused() || !v.comment().isBlank())).count(),
                reviews.stream().anyMatch(v -> v.reviewerId() == r.id() && v.finalised()))).toList();
    }

    /** Adds a reviewer; the name must be new to the panel. Returns the new reviewer's id. */
    public long addReviewer(Actor actor, String name, String role) {
        return Transactions.inTransaction(store, () -> {
            requireFreeName(name, 0);
            return store.reviewers().insert(name.strip(), role == null ? "" : role.strip());
        });
    }

    /** Renames a reviewer or changes their role; the name must not be another reviewer's. */
    public void updateReviewer(Actor actor, Reviewer changed) {
        Transactions.inTransaction(store, () -> {
            requireFreeName(changed.name(), changed.id());
            store.reviewers().update(changed);
        });
    }

    /**
     * Removes a reviewer with their scores and reviews, each deletion written to the audit log in
     * the same transaction, so the log shows what left the file with them.
     */
    public void removeReviewer(Actor actor, long reviewerId) {
        Transactions.inTransaction(store, () -> {
            store.scores().deleteForReviewer(reviewerId, actor.name());
            store.reviews().deleteForReviewer(reviewerId, actor.name());
            store.reviewers().delete(reviewerId);
        });
    }

    private void requireFreeName(String name, long self) {
        String wanted = name.strip().toLowerCase(Locale.ROOT);
        if (wanted.isEmpty()) {
            throw new IllegalArgumentException("A reviewer needs a name.");
        }
        boolean taken = store.reviewers().findAll().stream()
                .anyMatch(r -> r.id() != self && r.name().strip().toLowerCase(Locale.ROOT).equals(wanted));
        if (taken) {
            throw new NameTakenException(name.strip());
        }
    }
}
