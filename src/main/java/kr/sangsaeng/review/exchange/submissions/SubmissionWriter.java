package kr.sangsaeng.review.exchange.submissions;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import kr.sangsaeng.review.model.Metric;
import kr.sangsaeng.review.model.MetricValue;
import kr.sangsaeng.review.model.Submission;
import kr.sangsaeng.review.model.SubmissionStatus;
import kr.sangsaeng.review.model.SupportArea;
import kr.sangsaeng.review.store.ReviewStore;

/** Writes a submissions plan: new metrics, then the cases, then their figures; whole, or a batch at a time. */
final class SubmissionWriter {
    private SubmissionWriter() {
    }

    /** Call inside a transaction. */
    static void write(ReviewStore store, SubmissionColumns columns, List<SubmissionRecord> added,
                      List<SubmissionImportPlan.Update> updates) {
        writeBatch(store, ensureMetrics(store, columns.metrics()), added, updates);
    }

    /** Writes some of a file's cases and their figures, the metrics already made ({@link #ensureMetrics}). */
    static void writeBatch(ReviewStore store, long[] metricIds, List<SubmissionRecord> added,
                           List<SubmissionImportPlan.Update> updates) {
        if (added.isEmpty() && updates.isEmpty()) {
            return;
        }
        Map<String, Long> ids = store.submissions().insertAll(added.stream().map(r -> submission(0, r, null)).toList());
        store.submissions().updateAll(updates.stream().map(u -> submission(u.current().id(), u.record(), u.current())).toList());
        List<MetricValue> puts = new ArrayList<>(added.size() * metricIds.length);
        List<MetricValue> deletes = new ArrayList<>();
        for (SubmissionRecord r : added) {
            addFigures(ids.get(r.ref()), r, metricIds, puts);
        }
        for (SubmissionImportPlan.Update u : updates) {
            long id = u.current().id();
            addFigures(id, u.record(), metricIds, puts);
            for (int i = 0; i < metricIds.length; i++) {
                if (u.record().figure(i) == null && u.currentValues().containsKey(metricIds[i])) {
                    deletes.add(new MetricValue(id, metricIds[i], 0, false, ""));
                }
            }
        }
        store.metrics().putValues(puts);
        store.metrics().deleteValues(deletes);
    }

    private static void addFigures(long submissionId, SubmissionRecord r, long[] metricIds, List<MetricValue> out) {
        for (int i = 0; i < metricIds.length; i++) {
            Figure f = r.figure(i);
            if (f != null) {
                out.add(new MetricValue(submissionId, metricIds[i], f.value(), f.approximate(), f.asWritten(),
                        f.counter()));
            }
        }
    }

    /** The ids of the columns' metrics, adding the ones the round does not have yet, in column order. */
    static long[] ensureMetrics(ReviewStore store, List<MetricColumn> columns) {
        Set<String> taken = new HashSet<>();
        store.metrics().findAll().forEach(m -> taken.add(m.key()));
        long[] ids = new long[columns.size()];
        for (int i = 0; i < ids.length; i++) {
            MetricColumn c = columns.get(i);
            ids[i] = c.existing().map(Metric::id).orElseGet(() -> store.metrics().insert(
                    MetricKeys.unique(c.label(), taken), c.label(), c.unit(), c.counter(), true, 0));
        }
        linkBaselines(store, columns, ids);
        return ids;
    }

    /** Links each column that names a baseline (checked to exist when the file was read) to that metric. */
    private static void linkBaselines(ReviewStore store, List<MetricColumn> columns, long[] ids) {
        List<Metric> all = store.metrics().findAll();
        for (int i = 0; i < ids.length; i++) {
            String baseline = columns.get(i).baseline();
            if (!baseline.isEmpty()) {
                long id = ids[i];
                BaselineNames.find(baseline, all).ifPresent(b -> store.metrics().setBaseline(id, b.id()));
            }
        }
    }

    /** The record as a submission to save; with {@code current}, columns the file lacks keep its values. */
    private static Submission submission(long id, SubmissionRecord r, Submission current) {
        Set<SupportArea> areas = r.areas() != null ? r.areas() : current != null ? current.areas() : Set.of();
        String summary = r.summary() != null ? r.summary() : current != null ? current.summary() : "";
        SubmissionStatus status = current != null ? current.status() : SubmissionStatus.SUBMITTED;
        return new Submission(id, r.ref(), 0, r.platform(), r.title(), areas, summary, status);
    }
}
