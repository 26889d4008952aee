package kr.sangsaeng.review.app;

import kr.sangsaeng.review.analysis.PanelData;
import kr.sangsaeng.review.store.ReviewStore;

/**
 * Reads what the analysis needs from a review file (on the database thread). The one place where the store meets the
 * analysis, so the command line, the results view, charts and exports all rank the same data.
 * Withdrawn submissions are left out: a committee does not rank them. Scores are read without
 * their timestamps, which no figure uses, so that a round of a million scores loads in well under a second.
 */
public final class PanelLoader {
    private PanelLoader() {
    }

    /**
     * On a server round the five reads share one snapshot, so a sheet finalised or recused while they
     * run is seen whole or not at all, as a file's one writer at a time ensures there.
     */
    public static PanelData load(ReviewStore store) {
        return store.readAtOneMoment(() -> new PanelData(store.criteria().findAll(), store.reviewers().findAll(),
                store.submissions().findAll(), store.scores().findAllValues(), store.reviews().findAll())
                .withoutWithdrawn());
    }
}
