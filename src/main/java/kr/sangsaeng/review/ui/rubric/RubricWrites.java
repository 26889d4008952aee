package kr.sangsaeng.review.ui.rubric;

import java.util.ArrayList;
import java.util.List;
import kr.sangsaeng.review.model.Criterion;
import kr.sangsaeng.review.store.ReviewStore;

/** Applies an edited rubric to the file; the caller wraps it in one transaction. */
final class RubricWrites {
    private RubricWrites() {
    }

    static void apply(ReviewStore store, List<Criterion> removed, List<Criterion> edited, String actor) {
        for (Criterion c : removed) {
            store.scores().deleteForCriterion(c.id(), actor);
            store.criteria().delete(c.id());
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
    }
}
