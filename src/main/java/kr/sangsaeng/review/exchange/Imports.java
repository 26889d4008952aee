package kr.sangsaeng.review.exchange;

import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.Optional;
import kr.sangsaeng.review.exchange.rubric.RubricImportPlanner;
import kr.sangsaeng.review.exchange.scores.ScoreImportPlanner;
import kr.sangsaeng.review.exchange.submissions.SubmissionImportPlanner;
import kr.sangsaeng.review.store.ReviewStore;

/**
 * The one way in for the command line and the window: read and check a file into a plan, show the
 * plan, then {@link ImportPlan#apply} it. Both steps run on the thread that owns the review file.
 */
public final class Imports {
    private Imports() {
    }

    /**
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
}
