package kr.sangsaeng.review.exchange.submissions;

import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import kr.sangsaeng.review.exchange.ImportPlan;
import kr.sangsaeng.review.exchange.Imports;
import kr.sangsaeng.review.exchange.Problem;
import kr.sangsaeng.review.exchange.Progress;
import kr.sangsaeng.review.exchange.TableScan;
import kr.sangsaeng.review.store.ReviewStore;

/**
 * Reads a whole submissions file (CSV or XLSX), checks every row, and compares the result with the
 * review file: the plan either lists every problem, or what importing would add and change. The
 * same check ({@link SubmissionCheck}) serves a preview, which keeps the rows, and an import, which
 * writes them as they are read.
 */
public final class SubmissionImportPlanner {
    /**
     * From this size on, the secondary indexes of the tables an import fills are dropped for the load
     * and built again after it, in the same transaction: building an index once by sorting costs less than updating it row by row.
     */
    static final long REBUILD_INDEXES_FROM_BYTES = 2L << 20;

    private SubmissionImportPlanner() {
    }

    /** What importing the file would do, for a preview; only reads the review file. */
    public static ImportPlan plan(ReviewStore store, Path file, Optional<Charset> encoding, Progress progress) {
        SubmissionImportPlan.Collector rows = new SubmissionImportPlan.Collector();
        SubmissionCheck check = new SubmissionCheck(store, rows);
        List<Problem> problems = check.problems(TableScan.scanAhead(file, encoding, progress, check));
        if (problems.isEmpty()) {
            progress.checkCancelled();
        }
        return SubmissionImportPlan.of(file, encoding, problems, check, rows);
    }

    /**
     * Checks and writes in one pass, in one transaction that holds the write lock from the first read
     * (docs/data-safety.md). Each valid row is written as it is read; at the end the transaction is
     * kept only when the file had no problem, changes no case without consent and {@code accept}
     * takes the outcome, and rolled back otherwise, so the file is imported whole or not at all
     * while every problem is still reported.
     */
    public static Imports.Applied planAndApply(ReviewStore store, Path file, Optional<Charset> encoding,
                                               Progress progress, boolean changeExisting,
                                               Predicate<ImportPlan> accept) {
        return store.inTransactionKeepingIf(() -> {
            SubmissionStreamWriter writer = new SubmissionStreamWriter(store, changeExisting);
            SubmissionCheck check = new SubmissionCheck(store, writer);
            List<Problem> problems = store.withoutIndexes(largeFile(file) ? List.of("submission", "metric_value")
                    : List.of(), () -> {
                List<Problem> all = check.problems(TableScan.scanAhead(file, encoding, progress, check));
                if (all.isEmpty()) {
                    writer.finish();
                }
                return all;
            });
            ImportPlan plan = SubmissionImportPlan.of(file, encoding, problems, check, null);
            boolean consented = changeExisting || plan.existingToChange().isEmpty();
            boolean keep = plan.isValid() && consented && accept.test(plan);
            return new Imports.Applied(plan, keep ? Optional.of(plan.summary()) : Optional.empty());
        }, Imports.Applied::applied);
    }

    private static boolean largeFile(Path file) {
        try {
            return Files.size(file) >= REBUILD_INDEXES_FROM_BYTES;
        } catch (java.io.IOException e) {
            return false; // the scan reports the unreadable file
        }
    }
}
