package kr.sangsaeng.review.store;

import java.time.Instant;
import java.util.List;

/** The decision records of exported shortlists (JSON text), kept so a ranking can be reproduced. */
public final class DecisionRecordDao {
    private final Db db;
    private final AuditDao audit;

    DecisionRecordDao(Db db, AuditDao audit) {
        this.db = db;
        this.audit = audit;
    }

    /** Appends a record and its audit entry ({@code entity}, e.g. {@code ballot}) in one transaction. */
    public long appendAudited(String recordJson, String actor, String entity, String summary) {
        return db.inTransaction(() -> {
            long id = append(recordJson);
            audit.append(actor, entity, Long.toString(id), null, summary);
            return id;
        });
    }

    public long append(String recordJson) {
        return db.insert("INSERT INTO decision_record (created_at, record) VALUES (?, ?)", Instant.now(), recordJson);
    }

    public List<String> findAll() {
        return db.query("SELECT record FROM decision_record ORDER BY id", rs -> rs.getString(1));
    }
}
