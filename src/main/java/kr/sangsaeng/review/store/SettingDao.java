package kr.sangsaeng.review.store;

import java.util.Optional;

/** Small settings that travel with the review file (e.g. the reviewer last chosen). */
public final class SettingDao {
    private final Db db;

    SettingDao(Db db) {
        this.db = db;
    }

    public Optional<String> get(String key) {
        return db.queryOne("SELECT value FROM setting WHERE key = ?", rs -> rs.getString(1), key);
    }

    public void put(String key, String value) {
        db.update("INSERT INTO setting (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                key, value);
    }
}
