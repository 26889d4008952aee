package kr.sangsaeng.review.store;

import java.time.Instant;
import java.util.List;

/** The decision records of exported shortlists (JSON text), kept so a ranking can be reproduced. */
public final class DecisionRecordDao {
    private final Db db;

    DecisionRecordDao(Db db) {
        this.db = db;
    }

    public long append(String recordJson) {
        return db.insert("INSERT INTO decision_record (created_at, record) VALUES (?, ?)", Instant.now(), recordJson);
    }

    public List<String> findAll() {
        return db.query("SELECT record FROM decision_record ORDER BY id", rs -> rs.getString(1));
    }
}
