package kr.sangsaeng.review.store;

import java.time.Instant;
import java.util.List;
import kr.sangsaeng.review.model.AuditEntry;

/**
 * The audit log. Entries name things as people know them: a score's key is
 * {@code ref/criterion/reviewer}, a review's {@code ref/reviewer}, a decision's {@code ref}.
 */
public final class AuditDao {
    private static final String SELECT = "SELECT id, at, actor, entity, entity_key, old_value, new_value FROM audit_log";

    private final Db db;

    AuditDao(Db db) {
        this.db = db;
    }

    void append(String actor, String entity, String entityKey, String oldValue, String newValue) {
        // update, not insert: the new row's id is not needed, and asking for it is one more round trip to a server.
        db.update("INSERT INTO audit_log (at, actor, entity, entity_key, old_value, new_value) VALUES (?, ?, ?, ?, ?, ?)",
                Instant.now(), actor, entity, entityKey, oldValue, newValue);
    }

    /** The parameters of one entry, for {@link #appendAll}; stamped now. */
    Object[] row(String actor, String entity, String entityKey, String oldValue, String newValue) {
        return new Object[] {Instant.now(), actor, entity, entityKey, oldValue, newValue};
    }

    /** Appends many entries with one prepared-statement batch. */
    void appendAll(List<Object[]> rows) {
        db.batch("INSERT INTO audit_log (at, actor, entity, entity_key, old_value, new_value) VALUES (?, ?, ?, ?, ?, ?)", rows);
    }

    public List<AuditEntry> findAll() {
        return db.query(SELECT + " ORDER BY id", AuditDao::map);
    }

    /** Every entry about one submission (its scores, reviews and decision), oldest first. */
    public List<AuditEntry> historyOf(String ref) {
        return db.query(SELECT + " WHERE entity_key = ? OR substr(entity_key, 1, length(?) + 1) = ? || '/' ORDER BY id",
                AuditDao::map, ref, ref, ref);
    }

    public int count() {
        return db.queryOne("SELECT count(*) FROM audit_log", rs -> rs.getInt(1)).orElse(0);
    }

    private static AuditEntry map(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new AuditEntry(rs.getLong("id"), Rows.instant(rs, "at"), rs.getString("actor"), rs.getString("entity"),
                rs.getString("entity_key"), rs.getString("old_value"), rs.getString("new_value"));
    }
}
