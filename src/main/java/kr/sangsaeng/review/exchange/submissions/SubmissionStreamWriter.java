package kr.sangsaeng.review.exchange.submissions;

import java.util.ArrayList;
import java.util.List;
import kr.sangsaeng.review.store.ReviewStore;

/**
 * Writes checked rows as they come, a batch at a time, inside the import's transaction: memory holds
 * one batch, not the file. The transaction is rolled back at the end when any problem was found, so
 * what was written before it never shows. Once a row would change a case without consent nothing
 * more is written (the import will be refused), though the check reads on to name every such case.
 */
final class SubmissionStreamWriter implements SubmissionSink {
    /** Rows per write: large enough for multi-row inserts to pay, small enough to keep memory flat. */
    static final int BATCH_ROWS = 2_000;

    private final ReviewStore store;
    private final boolean changeExisting;
    private final List<SubmissionRecord> added = new ArrayList<>();
    private final List<SubmissionImportPlan.Update> updates = new ArrayList<>();
    private long[] metricIds;
    private boolean refused;

    SubmissionStreamWriter(ReviewStore store, boolean changeExisting) {
        this.store = store;
        this.changeExisting = changeExisting;
    }

    @Override
    public void start(SubmissionColumns columns) {
        metricIds = SubmissionWriter.ensureMetrics(store, columns.metrics());
    }

    @Override
    public void add(SubmissionRecord r) {
        if (!refused) {
            added.add(r);
            flushWhenFull();
        }
    }

    @Override
    public void update(SubmissionImportPlan.Update u, List<String> changedColumns) {
        if (!changeExisting) {
            refused = true;
            added.clear();
            updates.clear();
        }
        if (!refused) {
            updates.add(u);
            flushWhenFull();
        }
    }

    @Override
    public void unchanged(SubmissionRecord r) {
    }

    /** Writes what is left; call once the whole file was read. */
    void finish() {
        if (!refused && metricIds != null) {
            SubmissionWriter.writeBatch(store, metricIds, added, updates);
        }
        added.clear();
        updates.clear();
    }

    private void flushWhenFull() {
        if (added.size() + updates.size() >= BATCH_ROWS) {
            SubmissionWriter.writeBatch(store, metricIds, added, updates);
            added.clear();
            updates.clear();
        }
    }
}
