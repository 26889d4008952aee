package kr.sangsaeng.review.exchange;

import java.nio.file.Path;
import java.util.List;
import kr.sangsaeng.review.store.ReviewStore;

/**
 * A whole import file, read and checked against the open review file, before anything is written:
 * either the problems that stop it, or exactly what importing would add and change.
 */
public interface ImportPlan {
    ImportKind kind();

    Path file();

    /** Everything wrong with the file; when there is anything, {@link #apply} refuses to run. */
    List<Problem> problems();

    default boolean isValid() {
        return problems().isEmpty();
    }

    /** One line per item in the file, in file order. Empty when the file has problems. */
    List<PreviewLine> preview();

    ImportSummary summary();

    /** Keys of items already in the review file that the import would change: these need consent. */
    List<String> existingToChange();

    /**
     * Writes the plan in one transaction: all of it is saved, or nothing. The review file must not
     * have changed since the plan was made (callers plan and apply on the same database thread).
     *
     * @param changeExisting whether items listed by {@link #existingToChange()} may be changed
     * @throws IllegalStateException when the plan has problems
     * @throws ExistingItemsException when existing items would change and that was not allowed
     */
    ImportSummary apply(ReviewStore store, boolean changeExisting);

    /** The checks every plan makes before writing. */
    static void requireApplicable(ImportPlan plan, boolean changeExisting) {
        if (!plan.isValid()) {
            throw new IllegalStateException(plan.problems().size() + " problem(s) in " + plan.file().getFileName());
        }
        if (!changeExisting && !plan.existingToChange().isEmpty()) {
            throw new ExistingItemsException(plan.existingToChange());
        }
    }
}
