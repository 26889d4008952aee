package kr.sangsaeng.review.exchange.submissions;

import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import kr.sangsaeng.review.exchange.ImportPlan;
import kr.sangsaeng.review.exchange.Problem;
import kr.sangsaeng.review.exchange.Progress;
import kr.sangsaeng.review.exchange.TableScan;
import kr.sangsaeng.review.exchange.table.TableRow;
import kr.sangsaeng.review.model.Metric;
import kr.sangsaeng.review.store.ReviewStore;

/**
 * Reads a whole submissions file (CSV or XLSX), checks every row, and compares the result with the
 * review file: the plan either lists every problem, or what importing would add and change.
 * Runs on the database thread; it only reads the review file.
 */
public final class SubmissionImportPlanner {
    private SubmissionImportPlanner() {
    }

    public static ImportPlan plan(ReviewStore store, Path file, Optional<Charset> encoding, Progress progress) {
        List<Metric> roundMetrics = store.metrics().findAll();
        Rows rows = new Rows(roundMetrics);
        List<Problem> problems = new ArrayList<>(TableScan.scan(file, encoding, progress, rows));
        problems.addAll(rows.problems);
        if (problems.isEmpty() && rows.records.isEmpty()) {
            problems.add(Problem.ofFile("the file has a header but no cases below it"));
        }
        if (!problems.isEmpty()) {
            problems.sort(Comparator.comparingInt(Problem::row).thenComparingInt(Problem::column));
            return SubmissionImportPlan.rejected(file, problems);
        }
        progress.checkCancelled();
        return SubmissionImportPlan.compare(store, file, rows.columns, rows.records);
    }

    /** Collects the header's columns and the valid rows, and every problem, as the file is read. */
    private static final class Rows implements TableScan.Handler {
        private final List<Metric> roundMetrics;
        private final List<Problem> problems = new ArrayList<>();
        private final List<SubmissionRecord> records = new ArrayList<>();
        private final Map<String, Integer> refRows = new HashMap<>();
        private SubmissionColumns columns;
        private SubmissionRowReader reader;

        Rows(List<Metric> roundMetrics) {
            this.roundMetrics = roundMetrics;
        }

        @Override
        public boolean header(TableRow header) {
            columns = SubmissionColumns.resolve(header, roundMetrics);
            problems.addAll(columns.problems());
            reader = new SubmissionRowReader(columns);
            return columns.problems().isEmpty();
        }

        @Override
        public void row(TableRow row) {
            SubmissionRecord r = reader.read(row, problems);
            // Duplicates are checked on every row, valid or not, so each problem is reported at once.
            int i = columns.header().index(SubmissionFormat.REF);
            String ref = row.cell(i);
            Integer earlier = ref.isEmpty() ? null : refRows.putIfAbsent(ref, row.number());
            if (earlier != null) {
                problems.add(new Problem(row.number(), i, columns.header().name(i),
                        "the ref \"" + ref + "\" appears twice (also row " + earlier + ")"));
                return;
            }
            if (r == null) {
                return;
            }
            records.add(r);
        }
    }
}
