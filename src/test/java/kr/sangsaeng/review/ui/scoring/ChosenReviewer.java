package kr.sangsaeng.review.ui.scoring;

import kr.sangsaeng.review.store.ReviewStore;

/** A reviewer added to the panel and chosen in Scoring on this computer, as if they had picked themselves before. */
public final class ChosenReviewer {
    private ChosenReviewer() {
    }

    /** Adds {@code name} to the panel and makes them this computer's reviewer; their id. */
    public static long choose(ReviewStore store, String name) {
        long me = store.reviewers().insert(name, "위원");
        store.settings().put(ScoringLoader.REVIEWER_SETTING, Long.toString(me));
        return me;
    }
}
