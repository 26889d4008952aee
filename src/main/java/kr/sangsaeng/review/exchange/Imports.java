package kr.sangsaeng.review.exchange;

import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Predicate;
import kr.sangsaeng.review.exchange.rubric.RubricImportPlanner;
import kr.sangsaeng.review.exchange.scores.ScoreImportPlanner;
import kr.sangsaeng.review.exchange.submissions.SubmissionImportPlanner;
import kr.sangsaeng.review.store.ReviewStore;

/**
 * The one way in for the command line and the window: read and check a file into a plan, show the
 * plan, then write it with {@link #planAndApply}, which plans again under the file's write lock.
 */
public final class Imports {
    private Imports() {
    }

    /** A plan made under the write lock, and what writing it did (empty when it was not written). */
    public record Applied(ImportPlan plan, Optional<ImportSummary> summary) {
        public boolean applied() {
            return summary.isPresent();
        }
    }

    /**
     * Reads and checks a file against the review file as it is now, for a preview. Writes nothing;
     * the file may change before the user confirms, so the write goes through {@link #planAndApply}.
     *
     * @param encoding the CSV encoding; empty to detect UTF-8 (with or without BOM) or CP949. Ignored for XLSX.
     * @throws ImportCancelledException when {@code progress} reports a cancel while the file is read
     */
    public static ImportPlan plan(ImportKind kind, Path file, Optional<Charset> encoding, ReviewStore store,
                                  Progress progress) {
        return switch (kind) {
            case SUBMISSIONS -> SubmissionImportPlanner.plan(store, file, encoding, progress);
            case RUBRIC -> RubricImportPlanner.plan(store, file, encoding, progress);
            case SCORES -> ScoreImportPlanner.plan(store, file, encoding, progress);
        };
    }

    /**
     * Plans and writes in one write transaction: the write lock is taken before the review file is
     * read, so another program importing at the same moment waits, and each import compares against
     * what the other wrote. (Planning outside the lock and writing later let two score packs each
     * overwrite the other's newer scores, and two submissions imports each add the same metrics.)
     *
     * @param accept whether to write the fresh plan, e.g. "valid and the same as the preview";
     *               a plan with problems is never written
     */
    public static Applied planAndApply(ImportKind kind, Path file, Optional<Charset> encoding, ReviewStore store,
                                       Progress progress, boolean changeExisting, Predicate<ImportPlan> accept) {
        if (kind == ImportKind.SUBMISSIONS) {
            // One pass: each row is written as it is checked, and all of it rolled back on any problem.
            return SubmissionImportPlanner.planAndApply(store, file, encoding, progress, changeExisting, accept);
        }
        return store.inTransaction(() -> {
            ImportPlan plan = plan(kind, file, encoding, store, progress);
            boolean consented = changeExisting || plan.existingToChange().isEmpty();
            if (!plan.isValid() || !consented || !accept.test(plan)) {
                return new Applied(plan, Optional.empty());
            }
            return new Applied(plan, Optional.of(plan.apply(store, changeExisting)));
        });
    }
}
