package kr.sangsaeng.review.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import kr.sangsaeng.review.model.Metric;
import kr.sangsaeng.review.model.MetricUnit;
import kr.sangsaeng.review.model.MetricValue;

/** The round's metrics and each case's values for them. */
public final class MetricDao {
    private static final String SELECT = "SELECT id, key, label, unit, higher_is_better, baseline_metric_id, position, counter FROM metric";
    private static final String SELECT_VALUE = "SELECT submission_id, metric_id, value, approximate, as_written, counter FROM metric_value";

    /** From this many rows on, rebuilding an index beats updating it row by row. */
    static final int BULK_ROWS = 20_000;
    private static final String UPSERT_HEAD = "INSERT INTO metric_value (submission_id, metric_id, value, approximate, as_written, counter)";
    private static final String UPSERT_TAIL = """
            ON CONFLICT (submission_id, metric_id) DO UPDATE SET value = excluded.value,
                approximate = excluded.approximate, as_written = excluded.as_written, counter = excluded.counter""";
    private static final String UPSERT_VALUE = """
            INSERT INTO metric_value (submission_id, metric_id, value, approximate, as_written, counter)
            VALUES (?, ?, ?, ?, ?, ?)
            ON CONFLICT (submission_id, metric_id) DO UPDATE SET value = excluded.value,
                approximate = excluded.approximate, as_written = excluded.as_written, counter = excluded.counter""";

    private final Db db;
    private final AuditDao audit;

    MetricDao(Db db, AuditDao audit) {
        this.db = db;
        this.audit = audit;
    }

    public List<Metric> findAll() {
        return db.query(SELECT + " ORDER BY position, id", MetricDao::map);
    }

    public Optional<Metric> findByKey(String key) {
        return db.queryOne(SELECT + " WHERE key = ?", MetricDao::map, key);
    }

    /** Adds a metric; {@code baselineMetricId} 0 means none. Returns the new id. */
    public long insert(String key, String label, MetricUnit unit, boolean higherIsBetter, long baselineMetricId) {
        return insert(key, label, unit, "", higherIsBetter, baselineMetricId);
    }

    /** Adds a metric whose figures are counted with {@code counter} (e.g. 개사) when a value names none. */
    public long insert(String key, String label, MetricUnit unit, String counter, boolean higherIsBetter,
                       long baselineMetricId) {
        // The next position is read inside the write transaction (which holds the round's write lock),
        // so two windows adding a metric at once never give both the same place.
        return db.inTransaction(() -> {
            int position = db.queryOne("SELECT coalesce(max(position), 0) + 1 FROM metric", rs -> rs.getInt(1)).orElse(1);
            return db.insert("INSERT INTO metric (key, label, unit, higher_is_better, baseline_metric_id, position, counter)"
                            + " VALUES (?, ?, ?, ?, ?, ?, ?)",
                    key, label, unit.code(), higherIsBetter, baselineMetricId == 0 ? null : baselineMetricId, position,
                    counter == null ? "" : counter);
        });
    }

    public void setBaseline(long metricId, long baselineMetricId) {
        db.update("UPDATE metric SET baseline_metric_id = ? WHERE id = ?",
                baselineMetricId == 0 ? null : baselineMetricId, metricId);
    }

    /**
     * Sets a metric's baseline as a person chose it: the change goes to the audit log under the
     * metric's key, old and new baselines named by their keys (empty when none). Returns false when
     * the metric already had that baseline.
     */
    public boolean setBaseline(long metricId, long baselineMetricId, String actor) {
        return db.inTransaction(() -> {
            Metric m = byId(metricId).orElseThrow(() -> new IllegalArgumentException("No metric " + metricId));
            if (m.baselineMetricId() == baselineMetricId) {
                return false;
            }
            setBaseline(metricId, baselineMetricId);
            audit.append(actor, "metric_baseline", m.key(), keyOf(m.baselineMetricId()), keyOf(baselineMetricId));
            return true;
        });
    }

    public Optional<Metric> byId(long id) {
        return db.queryOne(SELECT + " WHERE id = ?", MetricDao::map, id);
    }

    private String keyOf(long id) {
        return id == 0 ? "" : byId(id).map(Metric::key).orElse("");
    }

    public List<MetricValue> findAllValues() {
        return db.query(SELECT_VALUE + " ORDER BY submission_id, metric_id", MetricDao::mapValue);
    }

    public List<MetricValue> valuesOf(long submissionId) {
        return db.query(SELECT_VALUE + " WHERE submission_id = ? ORDER BY metric_id", MetricDao::mapValue, submissionId);
    }

    /** Sets a case's value for a metric, replacing any earlier one. */
    public void putValue(MetricValue v) {
        db.update(UPSERT_VALUE, v.submissionId(), v.metricId(), v.value(), v.approximate(), v.asWritten(), v.counter());
    }

    /**
     * Sets many values (an import), replacing earlier ones, with multi-row inserts; a large batch
     * is written with the table's secondary index rebuilt afterwards instead of updated per row.
     */
    public void putValues(Collection<MetricValue> values) {
        List<Object[]> rows = new ArrayList<>(values.size());
        for (MetricValue v : values) {
            rows.add(new Object[] {v.submissionId(), v.metricId(), v.value(), v.approximate(), v.asWritten(), v.counter()});
        }
        SqlWork<Void> insert = () -> {
            db.insertRows(UPSERT_HEAD, UPSERT_TAIL, 6, rows);
            return null;
        };
        if (rows.size() >= BULK_ROWS) {
            db.withoutIndexes("metric_value", insert);
        } else {
            db.inTransaction(insert);
        }
    }

    /** Removes the values of these (submission, metric) pairs; the numbers in the records are not used. */
    public void deleteValues(Collection<MetricValue> values) {
        List<Object[]> rows = new ArrayList<>(values.size());
        values.forEach(v -> rows.add(new Object[] {v.submissionId(), v.metricId()}));
        db.batch("DELETE FROM metric_value WHERE submission_id = ? AND metric_id = ?", rows);
    }

    public void deleteValue(long submissionId, long metricId) {
        db.update("DELETE FROM metric_value WHERE submission_id = ? AND metric_id = ?", submissionId, metricId);
    }

    private static Metric map(ResultSet rs) throws SQLException {
        return new Metric(rs.getLong("id"), rs.getString("key"), rs.getString("label"),
                MetricUnit.fromText(rs.getString("unit")), Rows.bool(rs, "higher_is_better"),
                rs.getLong("baseline_metric_id"), rs.getInt("position"), rs.getString("counter"));
    }

    private static MetricValue mapValue(ResultSet rs) throws SQLException {
        return new MetricValue(rs.getLong("submission_id"), rs.getLong("metric_id"), rs.getDouble("value"),
                Rows.bool(rs, "approximate"), rs.getString("as_written"), rs.getString("counter"));
    }
}
