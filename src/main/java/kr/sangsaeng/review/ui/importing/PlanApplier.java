package kr.sangsaeng.review.ui.importing;

import java.nio.charset.Charset;
import java.util.Optional;
import kr.sangsaeng.review.exchange.ImportPlan;
import kr.sangsaeng.review.exchange.ImportSummary;
import kr.sangsaeng.review.exchange.Imports;
import kr.sangsaeng.review.exchange.Progress;
import kr.sangsaeng.review.store.ReviewStore;

/**
 * Applies what the user saw, and only that: time passes between the preview and the click, and a
 * reviewer may score meanwhile, so the file is planned again on the database thread and applied
 * only when the outcome is the same. Otherwise the new plan goes back to the user.
 */
final class PlanApplier {
    record Outcome(boolean applied, ImportPlan plan, ImportSummary summary) {
    }

    private PlanApplier() {
    }

    /** Call on the database thread. */
    static Outcome applyIfUnchanged(ImportPlan checked, Optional<Charset> encoding, boolean changeExisting,
                                    ReviewStore store) {
        Imports.Applied a = Imports.planAndApply(checked.kind(), checked.file(), encoding, store, Progress.NONE,
                changeExisting, fresh -> fresh.summary().sameOutcomeAs(checked.summary()));
        return new Outcome(a.applied(), a.plan(), a.summary().orElseGet(() -> a.plan().summary()));
    }
}
