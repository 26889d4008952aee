package kr.sangsaeng.review.exchange.submissions;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import kr.sangsaeng.review.exchange.Problem;
import kr.sangsaeng.review.exchange.TableScan;
import kr.sangsaeng.review.exchange.table.TableRow;
import kr.sangsaeng.review.model.Metric;
import kr.sangsaeng.review.model.MetricValue;
import kr.sangsaeng.review.model.Platform;
import kr.sangsaeng.review.model.Submission;
import kr.sangsaeng.review.store.ReviewStore;

/**
 * Checks a submissions file row by row as it is read, and compares each valid row with the review
 * file as it was when the check began: a new case, a change, or nothing to do. Every problem is
 * collected; rows go on to the sink only while there is none, since a file with problems is not
 * imported at all. What it keeps per row is the ref and its row number (to find a ref written
 * twice), so memory does not grow with the rows' contents.
 */
final class SubmissionCheck implements TableScan.AheadHandler<SubmissionCheck.Read> {
    private final List<Metric> roundMetrics;
    private final SubmissionSink sink;
    private final Map<String, Submission> current = new HashMap<>();
    private final Set<String> platforms = new HashSet<>();
    private final ReviewStore store;
    private Map<Long, Map<Long, MetricValue>> values;
    private final List<Problem> problems = new ArrayList<>();
    private final Map<String, Integer> refRows = new HashMap<>();
    private final Set<String> newPlatforms = new LinkedHashSet<>();
    private final List<String> existingToChange = new ArrayList<>();
    private SubmissionColumns columns;
    private SubmissionRowReader reader;
    private int rows;
    private int added;
    private int unchanged;

    SubmissionCheck(ReviewStore store, SubmissionSink sink) {
        this.store = store;
        this.sink = sink;
        this.roundMetrics = store.metrics().findAll();
    }

    @Override
    public boolean header(TableRow header) {
        columns = SubmissionColumns.resolve(header, roundMetrics);
        problems.addAll(columns.problems());
        reader = new SubmissionRowReader(columns);
        if (!columns.problems().isEmpty()) {
            return false;
        }
        store.submissions().findAll().forEach(s -> current.put(s.ref(), s));
        store.submissions().platforms().stream().map(Platform::name).forEach(platforms::add);
        sink.start(columns);
        return true;
    }

    /** A row as read on its own: the record, or null with the row's problems. */
    record Read(SubmissionRecord record, List<Problem> problems) {
    }

    /** Reads the row's cells and figures; needs nothing of the review file, so it may run ahead on another thread. */
    @Override
    public Read prepare(TableRow row) {
        List<Problem> found = new ArrayList<>(0);
        SubmissionRecord r = reader.read(row, found);
        return new Read(r, found.isEmpty() ? List.of() : found);
    }

    @Override
    public void row(TableRow row, Read read) {
        problems.addAll(read.problems());
        SubmissionRecord r = read.record();
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
        rows++;
        place(r, problems.isEmpty());
    }

    /** Counts the row as a new case, a change or nothing to do, and hands it on while the file is clean. */
    private void place(SubmissionRecord r, boolean handOn) {
        Submission now = current.get(r.ref());
        if (now == null) {
            added++;
            if (handOn) {
                sink.add(r);
            }
        } else {
            Map<Long, MetricValue> currentValues = valuesOf(now.id());
            List<String> changed = SubmissionDiff.changedColumns(now, r, columns, currentValues);
            if (changed.isEmpty()) {
                unchanged++;
                if (handOn) {
                    sink.unchanged(r);
                }
                return;
            }
            existingToChange.add(r.ref());
            if (handOn) {
                sink.update(new SubmissionImportPlan.Update(now, r, currentValues), changed);
            }
        }
        if (!platforms.contains(r.platform())) {
            newPlatforms.add(r.platform());
        }
    }

    /** The case's current figures; all figures are read once, the first time a row names a case on file. */
    private Map<Long, MetricValue> valuesOf(long submissionId) {
        if (values == null) {
            values = new HashMap<>();
            store.metrics().findAllValues().forEach(v ->
                    values.computeIfAbsent(v.submissionId(), k -> new HashMap<>()).put(v.metricId(), v));
        }
        return values.getOrDefault(submissionId, Map.of());
    }

    /** The file's own problems (from the scan) with the rows', or the empty-file problem; sorted by row and column. */
    List<Problem> problems(List<Problem> scanProblems) {
        List<Problem> all = new ArrayList<>(scanProblems);
        all.addAll(problems);
        if (all.isEmpty() && rows == 0) {
            all.add(Problem.ofFile("the file has a header but no cases below it"));
        }
        all.sort(java.util.Comparator.comparingInt(Problem::row).thenComparingInt(Problem::column));
        return all;
    }

    SubmissionColumns columns() {
        return columns;
    }

    int added() {
        return added;
    }

    int unchanged() {
        return unchanged;
    }

    List<String> existingToChange() {
        return existingToChange;
    }

    Set<String> newPlatforms() {
        return newPlatforms;
    }
}
