package kr.sangsaeng.review.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import kr.sangsaeng.review.model.EvidencePin;
import kr.sangsaeng.review.model.PinStatus;

/** Figures pinned to document pages, one pin per figure; audited under the key {@code ref/metric}. */
public final class EvidencePinDao {
    private static final String SELECT = "SELECT id, submission_id, metric_id, document_id, page, quote, status, note,"
            + " updated_by, updated_at FROM evidence_pin";

    private final Db db;
    private final AuditDao audit;

    EvidencePinDao(Db db, AuditDao audit) {
        this.db = db;
        this.audit = audit;
    }

    public List<EvidencePin> findAll() {
        return db.query(SELECT + " ORDER BY submission_id, metric_id", EvidencePinDao::map);
    }

    public List<EvidencePin> findBySubmission(long submissionId) {
        return db.query(SELECT + " WHERE submission_id = ? ORDER BY metric_id", EvidencePinDao::map, submissionId);
    }

    public Optional<EvidencePin> find(long submissionId, long metricId) {
        return db.queryOne(SELECT + " WHERE submission_id = ? AND metric_id = ?", EvidencePinDao::map, submissionId, metricId);
    }

    /** Pins the figure, replacing its earlier pin. */
    public void put(EvidencePin p) {
        db.inTransaction(() -> {
            Optional<EvidencePin> old = find(p.submissionId(), p.metricId());
            db.update("""
                    INSERT INTO evidence_pin (submission_id, metric_id, document_id, page, quote, status, note, updated_by, updated_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                    ON CONFLICT (submission_id, metric_id) DO UPDATE SET document_id = excluded.document_id,
                        page = excluded.page, quote = excluded.quote, status = excluded.status, note = excluded.note,
                        updated_by = excluded.updated_by, updated_at = excluded.updated_at""",
                    p.submissionId(), p.metricId(), p.documentId(), p.page(), p.quote(), p.status().key(), p.note(),
                    p.updatedBy(), p.updatedAt());
            audit.append(p.updatedBy(), "evidence_pin", key(p.submissionId(), p.metricId()),
                    old.map(EvidencePinDao::describe).orElse(null), describe(p));
            return null;
        });
    }

    public void remove(long submissionId, long metricId, String actor) {
        db.inTransaction(() -> {
            Optional<EvidencePin> old = find(submissionId, metricId);
            if (old.isPresent()) {
                db.update("DELETE FROM evidence_pin WHERE submission_id = ? AND metric_id = ?", submissionId, metricId);
                audit.append(actor, "evidence_pin", key(submissionId, metricId), describe(old.get()), null);
            }
            return null;
        });
    }

    private String key(long submissionId, long metricId) {
        String ref = db.queryOne("SELECT ref FROM submission WHERE id = ?", rs -> rs.getString(1), submissionId).orElse("?");
        String metric = db.queryOne("SELECT key FROM metric WHERE id = ?", rs -> rs.getString(1), metricId).orElse("?");
        return ref + "/" + metric;
    }

    private static String describe(EvidencePin p) {
        String base = p.status().key() + " @ document " + p.documentId() + " p." + p.page();
        return p.note().isEmpty() ? base : base + ": " + p.note();
    }

    private static EvidencePin map(ResultSet rs) throws SQLException {
        return new EvidencePin(rs.getLong("id"), rs.getLong("submission_id"), rs.getLong("metric_id"),
                rs.getLong("document_id"), rs.getInt("page"), rs.getString("quote"), PinStatus.fromKey(rs.getString("status")),
                rs.getString("note"), rs.getString("updated_by"), Rows.instant(rs, "updated_at"));
    }
}
