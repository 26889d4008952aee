package kr.sangsaeng.review.exchange.submissions;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import kr.sangsaeng.review.exchange.ImportKind;
import kr.sangsaeng.review.exchange.ImportPlan;
import kr.sangsaeng.review.exchange.ImportSummary;
import kr.sangsaeng.review.exchange.PreviewFigure;
import kr.sangsaeng.review.exchange.PreviewLine;
import kr.sangsaeng.review.exchange.PreviewLine.Change;
import kr.sangsaeng.review.exchange.Problem;
import kr.sangsaeng.review.model.MetricValue;
import kr.sangsaeng.review.model.Platform;
import kr.sangsaeng.review.model.Submission;
import kr.sangsaeng.review.store.ReviewStore;

/** What a checked submissions file would add and change, and the one transaction that does it. */
final class SubmissionImportPlan implements ImportPlan {
    /** A case already in the review file that the row changes, with the metrics it has values for. */
    record Update(Submission current, SubmissionRecord record, Map<Long, MetricValue> currentValues) {
    }

    private final Path file;
    private final List<Problem> problems;
    private final SubmissionColumns columns;
    private final List<SubmissionRecord> added = new ArrayList<>();
    private final List<Update> updates = new ArrayList<>();
    private final List<PreviewLine> preview = new ArrayList<>();
    private final Set<String> newPlatforms = new LinkedHashSet<>();
    private int unchanged;

    private SubmissionImportPlan(Path file, List<Problem> problems, SubmissionColumns columns) {
        this.file = file;
        this.problems = List.copyOf(problems);
        this.columns = columns;
    }

    static SubmissionImportPlan rejected(Path file, List<Problem> problems) {
        return new SubmissionImportPlan(file, problems, null);
    }

    static SubmissionImportPlan compare(ReviewStore store, Path file, SubmissionColumns columns,
                                        List<SubmissionRecord> records) {
        SubmissionImportPlan plan = new SubmissionImportPlan(file, List.of(), columns);
        Map<String, Submission> current = new HashMap<>();
        store.submissions().findAll().forEach(s -> current.put(s.ref(), s));
        Map<Long, Map<Long, MetricValue>> values = new HashMap<>();
        if (records.stream().anyMatch(r -> current.containsKey(r.ref()))) {
            store.metrics().findAllValues().forEach(v ->
                    values.computeIfAbsent(v.submissionId(), k -> new HashMap<>()).put(v.metricId(), v));
        }
        Set<String> platforms = new HashSet<>();
        store.submissions().platforms().stream().map(Platform::name).forEach(platforms::add);
        for (SubmissionRecord r : records) {
            plan.place(r, current.get(r.ref()), values, platforms);
        }
        return plan;
    }

    private void place(SubmissionRecord r, Submission current, Map<Long, Map<Long, MetricValue>> values,
                       Set<String> platforms) {
        if (current == null) {
            added.add(r);
            preview.add(new PreviewLine(Change.ADD, r.ref(), r.platform() + " · " + r.title(), figures(r)));
        } else {
            Map<Long, MetricValue> currentValues = values.getOrDefault(current.id(), Map.of());
            List<String> changed = SubmissionDiff.changedColumns(current, r, columns, currentValues);
            if (changed.isEmpty()) {
                unchanged++;
                preview.add(new PreviewLine(Change.UNCHANGED, r.ref(), r.platform() + " · " + r.title()));
                return;
            }
            updates.add(new Update(current, r, currentValues));
            preview.add(new PreviewLine(Change.CHANGE, r.ref(), String.join(", ", changed), figures(r)));
        }
        if (!platforms.contains(r.platform())) {
            newPlatforms.add(r.platform());
        }
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

    @Override
    public List<PreviewLine> preview() {
        return List.copyOf(preview);
    }

    @Override
    public List<String> existingToChange() {
        return updates.stream().map(u -> u.record().ref()).toList();
    }

    @Override
    public ImportSummary summary() {
        List<String> metrics = columns == null ? List.of() : columns.metrics().stream()
                .filter(c -> c.existing().isEmpty())
                .map(c -> MetricHeader.format(c.label(), c.unit())).toList();
        return new ImportSummary(ImportKind.SUBMISSIONS, added.size(), updates.size(), unchanged, metrics,
                List.copyOf(newPlatforms), List.of(), List.of(), List.of());
    }

    @Override
    public ImportSummary apply(ReviewStore store, boolean changeExisting) {
        ImportPlan.requireApplicable(this, changeExisting);
        store.inTransaction(() -> SubmissionWriter.write(store, columns, added, updates));
        return summary();
    }
}
