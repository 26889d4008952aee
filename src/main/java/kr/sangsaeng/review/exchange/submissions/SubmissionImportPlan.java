package kr.sangsaeng.review.exchange.submissions;

import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import kr.sangsaeng.review.exchange.ImportKind;
import kr.sangsaeng.review.exchange.ImportPlan;
import kr.sangsaeng.review.exchange.ImportSummary;
import kr.sangsaeng.review.exchange.PreviewFigure;
import kr.sangsaeng.review.exchange.PreviewLine;
import kr.sangsaeng.review.exchange.PreviewLine.Change;
import kr.sangsaeng.review.exchange.Problem;
import kr.sangsaeng.review.exchange.Progress;
import kr.sangsaeng.review.model.MetricValue;
import kr.sangsaeng.review.model.Submission;
import kr.sangsaeng.review.store.ReviewStore;

/**
 * What a checked submissions file would add and change. A preview plan keeps the rows (for the
 * preview table and for {@link #apply}); a plan made while the rows were written
 * ({@link SubmissionImportPlanner#planAndApply}) keeps only the counts.
 */
final class SubmissionImportPlan implements ImportPlan {
    /** A case already in the review file that the row changes, with the metrics it has values for. */
    record Update(Submission current, SubmissionRecord record, Map<Long, MetricValue> currentValues) {
    }

    /** Keeps every checked row, with its preview line, for a plan to show and apply later. */
    static final class Collector implements SubmissionSink {
        private SubmissionColumns columns;
        private final List<SubmissionRecord> added = new ArrayList<>();
        private final List<Update> updates = new ArrayList<>();
        private final List<PreviewLine> preview = new ArrayList<>();

        @Override
        public void start(SubmissionColumns columns) {
            this.columns = columns;
        }

        @Override
        public void add(SubmissionRecord r) {
            added.add(r);
            preview.add(new PreviewLine(Change.ADD, r.ref(), r.platform() + " · " + r.title(), figures(r)));
        }

        @Override
        public void update(Update u, List<String> changedColumns) {
            updates.add(u);
            preview.add(new PreviewLine(Change.CHANGE, u.record().ref(), String.join(", ", changedColumns),
                    figures(u.record())));
        }

        @Override
        public void unchanged(SubmissionRecord r) {
            preview.add(new PreviewLine(Change.UNCHANGED, r.ref(), r.platform() + " · " + r.title()));
        }

        /** The row's figures as written and as read, in the unit the column will store them in. */
        private List<PreviewFigure> figures(SubmissionRecord r) {
            List<PreviewFigure> out = new ArrayList<>();
            for (int i = 0; i < columns.metrics().size(); i++) {
                Figure f = r.figure(i);
                MetricColumn c = columns.metrics().get(i);
                if (f != null) {
                    String counter = f.counter().isEmpty() ? c.counter() : f.counter();
                    out.add(new PreviewFigure(c.label(), f.asWritten(), f.value(), c.unit(), f.approximate(), counter));
                }
            }
            return out;
        }
    }

    private final Path file;
    private final List<Problem> problems;
    private final SubmissionColumns columns;
    private final ImportSummary summary;
    private final List<String> existingToChange;
    /** Null for a plan whose rows were written as they were read. */
    private final Collector rows;
    private final Optional<Charset> encoding;

    private SubmissionImportPlan(Path file, Optional<Charset> encoding, List<Problem> problems, SubmissionCheck check,
                                 Collector rows) {
        this.file = file;
        this.encoding = encoding;
        this.problems = List.copyOf(problems);
        this.columns = check == null ? null : check.columns();
        this.rows = rows;
        if (check == null || !this.problems.isEmpty()) {
            this.summary = new ImportSummary(ImportKind.SUBMISSIONS, 0, 0, 0, List.of(), List.of(), List.of(),
                    List.of(), List.of());
            this.existingToChange = List.of();
        } else {
            List<String> metrics = columns.metrics().stream()
                    .filter(c -> c.existing().isEmpty())
                    .map(c -> MetricHeader.format(c.label(), c.unit())).toList();
            this.summary = new ImportSummary(ImportKind.SUBMISSIONS, check.added(), check.existingToChange().size(),
                    check.unchanged(), metrics, List.copyOf(check.newPlatforms()), List.of(), List.of(), List.of());
            this.existingToChange = List.copyOf(check.existingToChange());
        }
    }

    /** A file that cannot be imported, with every reason. */
    static SubmissionImportPlan rejected(Path file, List<Problem> problems) {
        return new SubmissionImportPlan(file, Optional.empty(), problems, null, null);
    }

    /** The outcome of a whole check; {@code rows} are the collected rows, or null when they were written. */
    static SubmissionImportPlan of(Path file, Optional<Charset> encoding, List<Problem> problems, SubmissionCheck check,
                                   Collector rows) {
        return problems.isEmpty() ? new SubmissionImportPlan(file, encoding, problems, check, rows)
                : rejected(file, problems);
    }

    @Override
    public ImportKind kind() {
        return ImportKind.SUBMISSIONS;
    }

    @Override
    public Path file() {
        return file;
    }

    @Override
    public List<Problem> problems() {
        return problems;
    }

    /** Empty for a rejected plan and for one whose rows were written as they were read. */
    @Override
    public List<PreviewLine> preview() {
        return rows == null || !problems.isEmpty() ? List.of() : List.copyOf(rows.preview);
    }

    @Override
    public List<String> existingToChange() {
        return existingToChange;
    }

    @Override
    public ImportSummary summary() {
        return summary;
    }

    /**
     * Writes a preview plan's rows in one transaction. A plan made while writing holds no rows: it
     * reads its file again and writes it in one pass, only when that gives the same outcome.
     */
    @Override
    public ImportSummary apply(ReviewStore store, boolean changeExisting) {
        ImportPlan.requireApplicable(this, changeExisting);
        if (rows == null) {
            var again = SubmissionImportPlanner.planAndApply(store, file, encoding, Progress.NONE, changeExisting, p -> p.summary().sameOutcomeAs(summary));
            return again.summary().orElseThrow(() -> new IllegalStateException(
                    "the review file or " + file.getFileName() + " changed since the plan was made"));
        }
        store.inTransaction(() -> SubmissionWriter.write(store, columns, rows.added, rows.updates));
        return summary();
    }
}
