package kr.sangsaeng.review.ui.export;

import kr.sangsaeng.review.service.OpenRound;
import kr.sangsaeng.review.store.ReviewStore;
import kr.sangsaeng.review.ui.AppContext;

/**
 * TEMPORARY: the open file's store, for this package's code that has not moved onto services yet
 * (the committee's rule, decisions and shortlist exports are being moved into the service package).
 * Delete this class, and the architecture test's exception for ui.results and ui.export, once no
 * class here calls it.
 */
final class OpenStore {
    private OpenStore() {
    }

    @SuppressWarnings("deprecation")
    static ReviewStore of(AppContext ctx) {
        OpenRound round = ctx.round();
        return round == null ? null : round.store();
    }
}
