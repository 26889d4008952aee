package kr.sangsaeng.review.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import kr.sangsaeng.review.model.Score;
import kr.sangsaeng.review.model.ScoreColumns;

/** Scores, each change written to the audit log in the same transaction. */
public final class ScoreDao {
    private static final String SELECT = "SELECT reviewer_id, submission_id, criterion_id, value, updated_at FROM score";
    private static final String KEY = """
            (SELECT ref FROM submission WHERE id = ?) || '/' || (SELECT key FROM criterion WHERE id = ?)
            || '/' || (SELECT name FROM reviewer WHERE id = ?)""";

    private final Db db;
    private final AuditDao audit;

    ScoreDao(Db db, AuditDao audit) {
        this.db = db;
        this.audit = audit;
    }

    public List<Score> findAll() {
        return db.query(SELECT + " ORDER BY submission_id, reviewer_id, criterion_id", ScoreDao::map);
    }

    /**
     * Every score's value, in no particular order and without its timestamp: what the analysis
     * needs, read several times faster than {@link #findAll()} on a round of a million scores,
     * because nothing is sorted, no timestamp parsed and no object kept per score.
     */
    public ScoreColumns findAllValues() {
        boolean server = db.dialect() == Dialect.POSTGRESQL;
        Optional<ScoreSheets.Bounds> bounds = boundsIfKeysFit();
        if (bounds.isPresent()) {
            ScoreColumns.Builder sheets = new ScoreColumns.Builder();
            if (server ? ScoreSheets.readOnServer(db, bounds.get(), sheets) : ScoreSheets.read(db, bounds.get(), sheets)) {
                return sheets.build();
            }
            if (!server) {
                return packedValues();
            }
        }
        ScoreColumns.Builder columns = new ScoreColumns.Builder();
        db.forEachRowWhile("SELECT reviewer_id, submission_id, criterion_id, value FROM score",
                ScoreSheets.SERVER_FETCH_ROWS, rs -> {
                    columns.add(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getDouble(4));
                    return true;
                });
        return columns.build();
    }

    /**
     * One row per score, the three ids travelling as one number: each column read is two calls into the
     * SQLite driver's native code, a quarter of the read's time on a million scores. For files whose
     * values {@link ScoreSheets} cannot pack. The shifts are REVIEWER_SHIFT and SUBMISSION_SHIFT, written
     * out so that the SQL stays one constant.
     */
    private ScoreColumns packedValues() {
        ScoreColumns.Builder columns = new ScoreColumns.Builder();
        db.forEachRow("SELECT (reviewer_id << 42) | (submission_id << 16) | criterion_id, value FROM score", rs -> {
            long key = rs.getLong(1);
            columns.add(key >>> REVIEWER_SHIFT, (key >>> SUBMISSION_SHIFT) & SUBMISSION_MASK,
                    key & CRITERION_MASK, rs.getDouble(2));
        });
        return columns.build();
    }

    /** Bits of the packed key: 21 for the reviewer, 26 for the case, 16 for the criterion (63 in all). */
    private static final int REVIEWER_SHIFT = 42;
    private static final int SUBMISSION_SHIFT = 16;
    private static final long SUBMISSION_MASK = (1L << (REVIEWER_SHIFT - SUBMISSION_SHIFT)) - 1;
    private static final long CRITERION_MASK = (1L << SUBMISSION_SHIFT) - 1;

    /**
     * The lowest and highest ids among the scores when every score's ids are numbers from 0 to a bound
     * that lets them share one 63-bit key; otherwise (or without scores) empty. Each bound is one look
     * at the end of the key or of an index (SQLite and PostgreSQL answer a lone min() or max() that
     * way, not by a scan). Text sorts above every number, so a text id fails the test and such a file is read column
     * by column; a fractional id is cut to a whole number either way.
     */
    private Optional<ScoreSheets.Bounds> boundsIfKeysFit() {
        List<ScoreSheets.Bounds> rows = db.query("""
                SELECT CASE WHEN r0 >= 0 AND r1 < (1 << 21) AND s0 >= 0 AND s1 < (1 << 26)
                                 AND c0 >= 0 AND c1 < (1 << 16) THEN 1 ELSE 0 END, r0, r1, s0, s1, c0, c1
                FROM (SELECT (SELECT min(reviewer_id) FROM score) AS r0, (SELECT max(reviewer_id) FROM score) AS r1,
                             (SELECT min(submission_id) FROM score) AS s0, (SELECT max(submission_id) FROM score) AS s1,
                             (SELECT min(criterion_id) FROM score) AS c0, (SELECT max(criterion_id) FROM score) AS c1) AS bounds""",
                rs -> rs.getInt(1) != 1 ? null : new ScoreSheets.Bounds(rs.getLong(2), rs.getLong(3), rs.getLong(4),
                        rs.getLong(5), rs.getLong(6), rs.getLong(7)));
        return rows.isEmpty() ? Optional.empty() : Optional.ofNullable(rows.get(0));
    }

    public List<Score> findByReviewer(long reviewerId) {
        return db.query(SELECT + " WHERE reviewer_id = ? ORDER BY submission_id, criterion_id", ScoreDao::map, reviewerId);
    }

    public Optional<Score> find(long reviewerId, long submissionId, long criterionId) {
        return db.queryOne(SELECT + " WHERE reviewer_id = ? AND submission_id = ? AND criterion_id = ?",
                ScoreDao::map, reviewerId, submissionId, criterionId);
    }

    public int count() {
        return db.queryOne("SELECT count(*) FROM score", rs -> rs.getInt(1)).orElse(0);
    }

    /**
     * Saves a score in its own transaction (or the caller's). When this returns the score is on disk.
     * Returns false when the stored value was already the same (only its time moves forward).
     *
     * @throws ReviewLockedException when the reviewer has finalised this review
     */
    public boolean put(Score s, String actor) {
        if (db.dialect() == Dialect.POSTGRESQL) {
            Saved saved = saveOnServer(s, false, false);
            if (saved == Saved.LOCKED) {
                throw new ReviewLockedException();
            }
            return saved == Saved.CHANGED;
        }
        return db.inTransaction(() -> {
            requireOpen(s.reviewerId(), s.submissionId());
            Optional<Score> old = find(s.reviewerId(), s.submissionId(), s.criterionId());
            if (old.isPresent() && old.get().value() == s.value()) {
                if (s.updatedAt().isAfter(old.get().updatedAt())) {
                    refreshTime(s);
                }
                return false;
            }
            db.update("""
                    INSERT INTO score (reviewer_id, submission_id, criterion_id, value, updated_at) VALUES (?, ?, ?, ?, ?)
                    ON CONFLICT (reviewer_id, submission_id, criterion_id)
                    DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at""",
                    s.reviewerId(), s.submissionId(), s.criterionId(), s.value(), s.updatedAt());
            audit.append(actor, "score", key(s.reviewerId(), s.submissionId(), s.criterionId()),
                    old.map(o -> number(o.value())).orElse(null), number(s.value()));
            return true;
        });
    }

    /** What {@link #putChecked} came to. */
    public enum Saved {
        /** Saved, with its audit row. */
        CHANGED,
        /** The stored value was the same (only its time moved forward). */
        UNCHANGED,
        /** The round has a pledge the reviewer has not confirmed: nothing was written. */
        PLEDGE_REQUIRED,
        /** The value lies outside the criterion's scale: nothing was written. */
        OUT_OF_SCALE,
        /** There is no such criterion: nothing was written. */
        NO_CRITERION,
        /** The reviewer finalised this review: nothing was written. */
        LOCKED,
        /**
         * A score kept and sent later ({@link #putCheckedUnlessNewer}): the stored score holds another
         * value written after it was made, so nothing was written (the newer-write rule).
         */
        NEWER
    }

    /**
     * Whether {@link #putChecked} is available: on a server round the server checks the pledge and
     * the scale, saves, audits and announces a score in one call (server migration V6), where
     * separate reads and writes would cost about ten round trips.
     */
    public boolean checksOnSave() {
        return db.dialect() == Dialect.POSTGRESQL;
    }

    /**
     * Saves a reviewer's score as {@link #put} does after checking, in the same call, that the
     * reviewer confirmed the round's pledge (if it has one) and that the value is on the criterion's
     * scale: the rules of {@code ScoringService.score}. Only where {@link #checksOnSave()}.
     */
    public Saved putChecked(Score s, String actor) {
        if (!checksOnSave()) {
            throw new IllegalStateException("Checked saves are made by a server round only");
        }
        return saveOnServer(s, true, false);
    }

    /**
     * As {@link #putChecked} for a score kept while the connection was lost and sent later, made at
     * {@code s.updatedAt()}: {@link Saved#NEWER}, with nothing written, when the stored score holds
     * another value written after that. The server checks this after locking the row, in the same
     * call as the write (server migration V7), so no other window's save lands between the check and
     * the write (docs/server-mode.md, "Connection lost"). Only where {@link #checksOnSave()}.
     */
    public Saved putCheckedUnlessNewer(Score s, String actor) {
        if (!checksOnSave()) {
            throw new IllegalStateException("Checked saves are made by a server round only");
        }
        return saveOnServer(s, true, true);
    }

    /**
     * The newer-write rule for a score kept and sent later (as {@link #putCheckedUnlessNewer}), for the
     * caller to apply inside its write transaction before it writes: the stored score when it holds
     * another value (any value, for {@code value} null: a clearing) written after {@code madeAt}. On a
     * server the row stays locked until the transaction ends, so no write lands between this check and
     * the caller's write; a file's write transaction holds the file's write lock throughout.
     */
    public Optional<Score> newerThan(long reviewerId, long submissionId, long criterionId, Double value, Instant madeAt) {
        return db.queryOne(SELECT + " WHERE reviewer_id = ? AND submission_id = ? AND criterion_id = ?"
                        + db.dialect().lockRow(), ScoreDao::map, reviewerId, submissionId, criterionId)
                .filter(stored -> stored.updatedAt().isAfter(madeAt) && (value == null || stored.value() != value));
    }

    /**
     * One call of the server's {@code save_score}: in the caller's rights, so row-level security
     * applies; the audit row names the database login, not {@code actor} (server migration V6).
     */
    private Saved saveOnServer(Score s, boolean checked, boolean refuseNewer) {
        // Db binds a boolean as 0/1, as the file stores it; "<> 0" makes it the function's boolean.
        int result = db.callWriting("SELECT save_score(?, ?, ?, ?, ?, ?, ?, ? <> 0, ? <> 0)", s.reviewerId(), s.submissionId(),
                s.criterionId(), s.value(), s.updatedAt(), Instant.now(), number(s.value()), checked, refuseNewer);
        return switch (result) {
            case 1 -> Saved.CHANGED;
            case 0 -> Saved.UNCHANGED;
            case 2 -> Saved.PLEDGE_REQUIRED;
            case 3 -> Saved.OUT_OF_SCALE;
            case 4 -> Saved.NO_CRITERION;
            case 5 -> Saved.LOCKED;
            case 6 -> Saved.NEWER;
            default -> throw new StoreException("The server answered " + result + " to saving a score", null);
        };
    }

    /**
     * Saves many scores (a score pack import) with prepared-statement batches, each change audited
     * like {@link #put}; scores equal to the stored value are skipped. All or nothing, in the
     * caller's transaction if there is one. Returns the number of scores written.
     *
     * @throws ReviewLockedException when any of them belongs to a finalised review (nothing is written)
     */
    public int putAll(List<Score> scores, String actor) {
        return db.inTransaction(() -> {
            Set<String> locked = new HashSet<>(db.query("SELECT reviewer_id || '/' || submission_id FROM review WHERE final = 1",
                    rs -> rs.getString(1)));
            Map<String, Score> old = new HashMap<>();
            db.query(SELECT, ScoreDao::map).forEach(o -> old.put(cell(o), o));
            AuditNames names = AuditNames.load(db);
            List<Object[]> rows = new ArrayList<>();
            List<Object[]> audits = new ArrayList<>();
            List<Object[]> confirmed = new ArrayList<>();
            for (Score s : scores) {
                Score stored = old.get(cell(s));
                Double before = stored == null ? null : stored.value();
                if (before != null && before == s.value()) {
                    if (s.updatedAt().isAfter(stored.updatedAt())) {
                        confirmed.add(new Object[] {s.updatedAt(), s.reviewerId(), s.submissionId(), s.criterionId()});
                    }
                    continue;
                }
                if (locked.contains(s.reviewerId() + "/" + s.submissionId())) {
                    throw new ReviewLockedException();
                }
                rows.add(new Object[] {s.reviewerId(), s.submissionId(), s.criterionId(), s.value(), s.updatedAt()});
                audits.add(audit.row(actor, "score", names.scoreKey(s), before == null ? null : number(before),
                        number(s.value())));
            }
            db.batch("""
                    INSERT INTO score (reviewer_id, submission_id, criterion_id, value, updated_at) VALUES (?, ?, ?, ?, ?)
                    ON CONFLICT (reviewer_id, submission_id, criterion_id)
                    DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at""", rows);
            if (!confirmed.isEmpty()) {
                db.batch(REFRESH_TIME, confirmed);
            }
            audit.appendAll(audits);
            return rows.size();
        });
    }

    /** Callers move a score's time forward only (compared as instants: the stored text does not sort). */
    private static final String REFRESH_TIME =
            "UPDATE score SET updated_at = ? WHERE reviewer_id = ? AND submission_id = ? AND criterion_id = ?";

    /**
     * Scoring a criterion again with the same value confirms it: its time moves forward, so a score
     * pack written before the confirmation (holding an older, different value) no longer wins the
     * merge. The value did not change, so there is no audit row.
     */
    private void refreshTime(Score s) {
        db.update(REFRESH_TIME, s.updatedAt(), s.reviewerId(), s.submissionId(), s.criterionId());
    }

    private static String cell(Score s) {
        return s.reviewerId() + "/" + s.submissionId() + "/" + s.criterionId();
    }

    /** Clears a score (e.g. undoing the first score of a criterion). */
    public boolean delete(long reviewerId, long submissionId, long criterionId, String actor) {
        return db.inTransaction(() -> {
            requireOpen(reviewerId, submissionId);
            Optional<Score> old = find(reviewerId, submissionId, criterionId);
            if (old.isEmpty()) {
                return false;
            }
            audit.append(actor, "score", key(reviewerId, submissionId, criterionId), number(old.get().value()), null);
            db.update("DELETE FROM score WHERE reviewer_id = ? AND submission_id = ? AND criterion_id = ?",
                    reviewerId, submissionId, criterionId);
            return true;
        });
    }

    /**
     * Deletes every score on a criterion, writing each one to the audit log, so the criterion can be
     * removed. This is a rubric change the secretary confirmed, so it applies to finalised reviews too.
     * Returns the number of scores deleted.
     */
    public int deleteForCriterion(long criterionId, String actor) {
        return deleteAudited(SELECT + " WHERE criterion_id = ?", "DELETE FROM score WHERE criterion_id = ?",
                criterionId, actor);
    }

    /** Deletes every score of a reviewer who leaves the panel, each deletion audited. */
    public int deleteForReviewer(long reviewerId, String actor) {
        return deleteAudited(SELECT + " WHERE reviewer_id = ?", "DELETE FROM score WHERE reviewer_id = ?",
                reviewerId, actor);
    }

    /** Audits then deletes the scores {@code select} finds; both statements take the one id as parameter. */
    private int deleteAudited(String select, String delete, long id, String actor) {
        return db.inTransaction(() -> {
            List<Score> doomed = db.query(select, ScoreDao::map, id);
            for (Score s : doomed) {
                audit.append(actor, "score", key(s.reviewerId(), s.submissionId(), s.criterionId()), number(s.value()), null);
            }
            db.update(delete, id);
            return doomed.size();
        });
    }

    private void requireOpen(long reviewerId, long submissionId) {
        boolean locked = db.queryOne("SELECT final FROM review WHERE reviewer_id = ? AND submission_id = ?",
                rs -> rs.getInt(1) != 0, reviewerId, submissionId).orElse(false);
        if (locked) {
            throw new ReviewLockedException();
        }
    }

    private String key(long reviewerId, long submissionId, long criterionId) {
        return db.queryOne("SELECT " + KEY, rs -> rs.getString(1), submissionId, criterionId, reviewerId).orElse("?");
    }

    static String number(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
    }

    private static Score map(ResultSet rs) throws SQLException {
        return new Score(rs.getLong("reviewer_id"), rs.getLong("submission_id"), rs.getLong("criterion_id"),
                rs.getDouble("value"), Rows.instant(rs, "updated_at"));
    }
}
