package kr.sangsaeng.review.store;

import java.util.List;
import java.util.Optional;
import kr.sangsaeng.review.model.Reviewer;

/** The review panel. */
public final class ReviewerDao {
    private static final String SELECT = "SELECT id, name, role FROM reviewer";

    private final Db db;

    ReviewerDao(Db db) {
        this.db = db;
    }

    public List<Reviewer> findAll() {
        return db.query(SELECT + " ORDER BY id", rs -> new Reviewer(rs.getLong("id"), rs.getString("name"), rs.getString("role")));
    }

    public Optional<Reviewer> findByName(String name) {
        return db.queryOne(SELECT + " WHERE name = ?",
                rs -> new Reviewer(rs.getLong("id"), rs.getString("name"), rs.getString("role")), name);
    }

    public long insert(String name, String role) {
        return db.insert("INSERT INTO reviewer (name, role) VALUES (?, ?)", name, role == null ? "" : role);
    }

    public void update(Reviewer r) {
        db.update("UPDATE reviewer SET name = ?, role = ? WHERE id = ?", r.name(), r.role(), r.id());
    }

    /**
     * Removes a reviewer together with their scores and reviews (by cascade, unaudited): callers that
     * must keep the audit trail delete those first through {@link ScoreDao#deleteForReviewer} and
     * {@link ReviewDao#deleteForReviewer}.
     */
    public void delete(long id) {
        db.update("DELETE FROM reviewer WHERE id = ?", id);
    }
}
