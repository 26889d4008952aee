package kr.sangsaeng.review.service;

import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.Optional;
import kr.sangsaeng.review.exchange.ImportKind;
import kr.sangsaeng.review.exchange.ImportPlan;
import kr.sangsaeng.review.exchange.ImportSummary;
import kr.sangsaeng.review.exchange.Imports;
import kr.sangsaeng.review.exchange.Progress;
import kr.sangsaeng.review.store.ReviewStore;

/**
 * Importing submissions, a rubric or a score pack: a preview checks the whole file first (a plan);
 * the import itself checks again under the write lock and is applied all or nothing (submissions
 * are written as they are checked, and rolled back on any problem). The audit log names the imported file as the one who changed the
 * scores and reviews, since that is where each value came from.
 */
public final class ImportService {
    private final ReviewStore store;

    ImportService(ReviewStore store) {
        this.store = store;
    }

    /** What importing {@code file} would do; nothing is written. */
    public ImportPlan plan(ImportKind kind, Path file, Optional<Charset> encoding, Progress progress) {
        return Imports.plan(kind, file, encoding, store, progress);
    }

    /** Applies a valid plan in one transaction. */
    public ImportSummary apply(ImportPlan plan, boolean changeExisting) {
        return plan.apply(store, changeExisting);
    }

    /** What {@link #applyIfUnchanged} did: applied, or a fresh plan that differs from the one shown. */
    public record Outcome(boolean applied, ImportPlan plan, ImportSummary summary) {
    }

    /**
     * Applies what the user saw, and only that: time passes between the preview and the click, and a
     * reviewer may score meanwhile, so the file is planned again and applied only when the outcome
     * is the same. Otherwise the new plan goes back to the user.
     */
    public Outcome applyIfUnchanged(ImportPlan checked, Optional<Charset> encoding, boolean changeExisting) {
        Imports.Applied a = Imports.planAndApply(checked.kind(), checked.file(), encoding, store, Progress.NONE,
                changeExisting, fresh -> fresh.summary().sameOutcomeAs(checked.summary()));
        if (a.applied()) {
            return new Outcome(true, a.plan(), a.summary().orElseThrow());
        }
        // A plan made while writing keeps counts, not rows: the user is shown a fresh preview.
        ImportPlan fresh = a.plan().isValid() && a.plan().preview().isEmpty()
                ? plan(checked.kind(), checked.file(), encoding, Progress.NONE) : a.plan();
        return new Outcome(false, fresh, fresh.summary());
    }

    /**
     * Plans and applies in one transaction that holds the file's write lock from the first read, so
     * two programs importing at once neither lose nor duplicate rows (docs/data-safety.md).
     */
    public Imports.Applied planAndApply(ImportKind kind, Path file, Optional<Charset> encoding, Progress progress,
                                        boolean changeExisting) {
        return Imports.planAndApply(kind, file, encoding, store, progress, changeExisting, p -> true);
    }
}
