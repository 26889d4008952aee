package kr.sangsaeng.review.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import kr.sangsaeng.review.model.Platform;
import kr.sangsaeng.review.model.Submission;
import kr.sangsaeng.review.model.SubmissionStatus;
import kr.sangsaeng.review.model.SupportArea;

/** Submissions with their platform and support areas. */
public final class SubmissionDao {
    private static final String SELECT_HEAD = """
            SELECT s.id, s.ref, s.platform_id, p.name AS platform_name, s.title, s.summary, s.status,
                   (SELECT %s FROM submission_area a WHERE a.submission_id = s.id) AS areas
            FROM submission s JOIN platform p ON p.id = s.platform_id""";
    /**
     * On a server round, cases and platforms are read through views that leave platform names out
     * for a reviewer's login while the round is blind (server migration V5; docs/server-mode.md).
     */
    private static final String SELECT_SERVER = """
            SELECT s.id, s.ref, s.platform_id, s.platform_name, s.title, s.summary, s.status,
                   (SELECT %s FROM submission_area a WHERE a.submission_id = s.id) AS areas
            FROM case_seen s""";

    private final Db db;
    private final String select;

    SubmissionDao(Db db) {
        this.db = db;
        this.select = (db.dialect() == Dialect.POSTGRESQL ? SELECT_SERVER : SELECT_HEAD)
                .formatted(db.dialect().groupConcat("area", ";"));
    }

    public List<Submission> findAll() {
        return db.query(select + " ORDER BY " + db.dialect().byCodePoint("s.ref"), SubmissionDao::map);
    }

    public Optional<Submission> findByRef(String ref) {
        return db.queryOne(select + " WHERE s.ref = ?", SubmissionDao::map, ref);
    }

    public Optional<Submission> findById(long id) {
        return db.queryOne(select + " WHERE s.id = ?", SubmissionDao::map, id);
    }

    public int count() {
        return db.queryOne("SELECT count(*) FROM submission", rs -> rs.getInt(1)).orElse(0);
    }

    /** The cases not withdrawn, counted by the database instead of reading every case. */
    public int countNotWithdrawn() {
        return db.queryOne("SELECT count(*) FROM submission WHERE status <> ?", rs -> rs.getInt(1),
                SubmissionStatus.WITHDRAWN.key()).orElse(0);
    }

    public List<Platform> platforms() {
        return db.query((db.dialect() == Dialect.POSTGRESQL ? "SELECT id, name FROM platform_seen ORDER BY "
                : "SELECT id, name FROM platform ORDER BY ") + db.dialect().byCodePoint("name"),
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

    /**
     * Adds many submissions with prepared-statement batches (an import of 100,000 rows), creating the
     * platforms the round does not know yet. Runs in the caller's transaction if there is one.
     * The ids, platform ids and statuses of the given records are ignored; new ones are SUBMITTED.
     *
     * @return the new submissions' ids by ref
     */
    public Map<String, Long> insertAll(List<Submission> submissions) {
        return db.inTransaction(() -> {
            Map<String, Long> platforms = ensurePlatforms(submissions);
            long before = db.queryOne("SELECT coalesce(max(id), 0) FROM submission", rs -> rs.getLong(1)).orElse(0L);
            List<Object[]> rows = new ArrayList<>(submissions.size());
            for (Submission s : submissions) {
                rows.add(new Object[] {s.ref(), platforms.get(s.platformName()), s.title(), s.summary(),
                        SubmissionStatus.SUBMITTED.key()});
            }
            SqlWork<Void> insert = () -> {
                db.insertRows("INSERT INTO submission (ref, platform_id, title, summary, status)", "", 5, rows);
                return null;
            };
            if (rows.size() >= MetricDao.BULK_ROWS) {
                db.withoutIndexes("submission", insert);
            } else {
                insert.run();
            }
            // Without AUTOINCREMENT a new rowid is max(rowid) + 1, so the new rows are exactly those above.
            Map<String, Long> ids = new HashMap<>(submissions.size() * 2);
            db.query("SELECT id, ref FROM submission WHERE id > ?", rs -> ids.put(rs.getString(2), rs.getLong(1)), before);
            insertAreas(submissions, ids);
            return ids;
        });
    }

    /** Saves ref-matched changes to many submissions (platform, title, summary, areas); status is kept. */
    public void updateAll(List<Submission> submissions) {
        db.inTransaction(() -> {
            Map<String, Long> platforms = ensurePlatforms(submissions);
            List<Object[]> rows = new ArrayList<>(submissions.size());
            List<Object[]> clearAreas = new ArrayList<>(submissions.size());
            Map<String, Long> ids = new HashMap<>();
            for (Submission s : submissions) {
                rows.add(new Object[] {platforms.get(s.platformName()), s.title(), s.summary(), s.id()});
                clearAreas.add(new Object[] {s.id()});
                ids.put(s.ref(), s.id());
            }
            db.batch("UPDATE submission SET platform_id = ?, title = ?, summary = ? WHERE id = ?", rows);
            db.batch("DELETE FROM submission_area WHERE submission_id = ?", clearAreas);
            insertAreas(submissions, ids);
            return null;
        });
    }

    private Map<String, Long> ensurePlatforms(Collection<Submission> submissions) {
        Set<String> names = new LinkedHashSet<>();
        submissions.forEach(s -> names.add(s.platformName()));
        List<Object[]> rows = new ArrayList<>(names.size());
        names.forEach(n -> rows.add(new Object[] {n}));
        db.batch("INSERT INTO platform (name) VALUES (?) ON CONFLICT (name) DO NOTHING", rows);
        Map<String, Long> ids = new HashMap<>();
        db.query("SELECT id, name FROM platform", rs -> ids.put(rs.getString(2), rs.getLong(1)));
        return ids;
    }

    private void insertAreas(List<Submission> submissions, Map<String, Long> ids) {
        List<Object[]> rows = new ArrayList<>();
        for (Submission s : submissions) {
            for (SupportArea a : s.areas()) {
                rows.add(new Object[] {ids.get(s.ref()), a.key()});
            }
        }
        db.insertRows("INSERT INTO submission_area (submission_id, area)", "", 2, rows);
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
