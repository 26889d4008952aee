package kr.sangsaeng.review.store;

import java.util.Optional;

/** Small settings that travel with the review file (e.g. the reviewer last chosen). */
public final class SettingDao {
    private final Db db;
    private final AuditDao audit;

    SettingDao(Db db, AuditDao audit) {
        this.db = db;
        this.audit = audit;
    }

    public Optional<String> get(String key) {
        return db.queryOne("SELECT value FROM setting WHERE key = ?", rs -> rs.getString(1), key);
    }

    public void put(String key, String value) {
        db.update("INSERT INTO setting (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                key, value);
    }

    /** Sets a setting the committee relies on (its rule): the change and the acting person go to the audit log. */
    public void putAudited(String key, String value, String actor) {
        db.inTransaction(() -> {
            String old = get(key).orElse(null);
            if (!value.equals(old)) {
                put(key, value);
                audit.append(actor, "setting", key, old, value);
            }
            return null;
        });
    }
}
