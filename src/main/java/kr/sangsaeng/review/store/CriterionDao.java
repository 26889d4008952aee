package kr.sangsaeng.review.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import kr.sangsaeng.review.model.Criterion;

/** The rubric: criteria in display order. */
public final class CriterionDao {
    private static final String SELECT = "SELECT id, key, label, weight, scale_min, scale_max, guidance, position FROM criterion";

    private final Db db;

    CriterionDao(Db db) {
        this.db = db;
    }

    public List<Criterion> findAll() {
        return db.query(SELECT + " ORDER BY position, id", CriterionDao::map);
    }

    /** Adds a criterion at the end of the rubric; returns its id. */
    public long insert(String key, String label, double weight, double min, double max, String guidance) {
        return db.inTransaction(() -> {
            int position = db.queryOne("SELECT coalesce(max(position), 0) + 1 FROM criterion", rs -> rs.getInt(1)).orElse(1);
            return db.insert("INSERT INTO criterion (key, label, weight, scale_min, scale_max, guidance, position) VALUES (?, ?, ?, ?, ?, ?, ?)",
                    key, label, weight, min, max, guidance == null ? "" : guidance, position);
        });
    }

    public void update(Criterion c) {
        db.update("UPDATE criterion SET key = ?, label = ?, weight = ?, scale_min = ?, scale_max = ?, guidance = ?, position = ? WHERE id = ?",
                c.key(), c.label(), c.weight(), c.min(), c.max(), c.guidance(), c.position(), c.id());
    }

    /** Puts the criteria in the given order: the first id gets position 1. */
    public void reorder(List<Long> idsInOrder) {
        db.inTransaction(() -> {
            for (int i = 0; i < idsInOrder.size(); i++) {
                db.update("UPDATE criterion SET position = ? WHERE id = ?", i + 1, idsInOrder.get(i));
            }
            return null;
        });
    }

    /** Removes a criterion; refused by the database while scores on it exist. */
    public void delete(long id) {
        db.update("DELETE FROM criterion WHERE id = ?", id);
    }

    /** How many scores were given on a criterion (to warn before a rubric change). */
    public int scoreCount(long criterionId) {
        return db.queryOne("SELECT count(*) FROM score WHERE criterion_id = ?", rs -> rs.getInt(1), criterionId).orElse(0);
    }

    /** How many scores on a criterion lie outside {@code min..max} (a rubric change would strand them). */
    public int scoresOutside(long criterionId, double min, double max) {
        return db.queryOne("SELECT count(*) FROM score WHERE criterion_id = ? AND (value < ? OR value > ?)",
                rs -> rs.getInt(1), criterionId, min, max).orElse(0);
    }

    private static Criterion map(ResultSet rs) throws SQLException {
        return new Criterion(rs.getLong("id"), rs.getString("key"), rs.getString("label"), rs.getDouble("weight"),
                rs.getDouble("scale_min"), rs.getDouble("scale_max"), rs.getString("guidance"), rs.getInt("position"));
    }
}
