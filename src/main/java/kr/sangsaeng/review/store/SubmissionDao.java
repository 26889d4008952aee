package kr.sangsaeng.review.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import kr.sangsaeng.review.model.Platform;
import kr.sangsaeng.review.model.Submission;
import kr.sangsaeng.review.model.SubmissionStatus;
import kr.sangsaeng.review.model.SupportArea;

/** Submissions with their platform and support areas. */
public final class SubmissionDao {
    private static final String SELECT = """
            SELECT s.id, s.ref, s.platform_id, p.name AS platform_name, s.title, s.summary, s.status,
                   (SELECT group_concat(area, ';') FROM submission_area a WHERE a.submission_id = s.id) AS areas
            FROM submission s JOIN platform p ON p.id = s.platform_id""";

    private final Db db;

    SubmissionDao(Db db) {
        this.db = db;
    }

    public List<Submission> findAll() {
        return db.query(SELECT + " ORDER BY s.ref", SubmissionDao::map);
    }

    public Optional<Submission> findByRef(String ref) {
        return db.queryOne(SELECT + " WHERE s.ref = ?", SubmissionDao::map, ref);
    }

    public Optional<Submission> findById(long id) {
        return db.queryOne(SELECT + " WHERE s.id = ?", SubmissionDao::map, id);
    }

    public int count() {
        return db.queryOne("SELECT count(*) FROM submission", rs -> rs.getInt(1)).orElse(0);
    }

    public List<Platform> platforms() {
        return db.query("SELECT id, name FROM platform ORDER BY name",
                rs -> new Platform(rs.getLong("id"), rs.getString("name")));
    }

    /** Adds a submission, creating its platform if the round does not know it yet; returns the new id. */
    public long insert(String ref, String platformName, String title, Set<SupportArea> areas, String summary,
                       SubmissionStatus status) {
        return db.inTransaction(() -> {
            long platformId = platformId(platformName);
            long id = db.insert("INSERT INTO submission (ref, platform_id, title, summary, status) VALUES (?, ?, ?, ?, ?)",
                    ref, platformId, title, summary == null ? "" : summary, status.key());
            putAreas(id, areas);
            return id;
        });
    }

    /** Saves every field of an existing submission (matched by id). */
    public void update(Submission s) {
        db.inTransaction(() -> {
            long platformId = platformId(s.platformName());
            db.update("UPDATE submission SET ref = ?, platform_id = ?, title = ?, summary = ?, status = ? WHERE id = ?",
                    s.ref(), platformId, s.title(), s.summary(), s.status().key(), s.id());
            db.update("DELETE FROM submission_area WHERE submission_id = ?", s.id());
            putAreas(s.id(), s.areas());
            return null;
        });
    }

    public void delete(long id) {
        db.update("DELETE FROM submission WHERE id = ?", id);
    }

    private long platformId(String name) {
        return db.queryOne("SELECT id FROM platform WHERE name = ?", rs -> rs.getLong(1), name)
                .orElseGet(() -> db.insert("INSERT INTO platform (name) VALUES (?)", name));
    }

    private void putAreas(long submissionId, Set<SupportArea> areas) {
        for (SupportArea a : areas) {
            db.update("INSERT INTO submission_area (submission_id, area) VALUES (?, ?)", submissionId, a.key());
        }
    }

    private static Submission map(ResultSet rs) throws SQLException {
        Set<SupportArea> areas = EnumSet.noneOf(SupportArea.class);
        String text = rs.getString("areas");
        if (text != null) {
            for (String key : text.split(";")) {
                SupportArea.parse(key).ifPresent(areas::add);
            }
        }
        return new Submission(rs.getLong("id"), rs.getString("ref"), rs.getLong("platform_id"),
                rs.getString("platform_name"), rs.getString("title"), areas, rs.getString("summary"),
                SubmissionStatus.fromKey(rs.getString("status")));
    }
}
