package kr.sangsaeng.review.store;

import java.util.List;
import java.util.Optional;
import kr.sangsaeng.review.model.CaseNote;
import kr.sangsaeng.review.model.NoteKind;

/** Notes per case (private, shared, minutes), keyed by a UUID so packs merge them by id; audited. */
public final class CaseNoteDao {
    private static final String SELECT = "SELECT id, submission_id, kind, author, text, created_at, updated_at FROM case_note";
    private final Db db;
    private final AuditDao audit;

    CaseNoteDao(Db db, AuditDao audit) {
        this.db = db;
        this.audit = audit;
    }

    public List<CaseNote> findAll() {
        return db.query(SELECT + " ORDER BY created_at, id", CaseNoteDao::map);
    }

    public List<CaseNote> forSubmission(long submissionId) {
        return db.query(SELECT + " WHERE submission_id = ? ORDER BY created_at, id", CaseNoteDao::map, submissionId);
    }

    public Optional<CaseNote> find(String id) {
        return db.queryOne(SELECT + " WHERE id = ?", CaseNoteDao::map, id);
    }

    /** Inserts the note, or updates the one with its id; unchanged text writes nothing. Returns whether it wrote. */
    public boolean put(CaseNote n, String actor) {
        return db.inTransaction(() -> {
            Optional<CaseNote> old = find(n.id());
            if (old.isPresent() && old.get().text().equals(n.text())) {
                return false;
            }
            db.update("""
                    INSERT INTO case_note (id, submission_id, kind, author, text, created_at, updated_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?)
                    ON CONFLICT (id) DO UPDATE SET text = excluded.text, updated_at = excluded.updated_at""",
                    n.id(), n.submissionId(), n.kind().key(), n.author(), n.text(), n.createdAt(), n.updatedAt());
            audit.append(actor, "note", ref(n.submissionId()) + "/" + n.kind().key() + "/" + n.id(),
                    old.map(CaseNote::text).orElse(null), n.text());
            return true;
        });
    }

    public boolean delete(String id, String actor) {
        return db.inTransaction(() -> {
            Optional<CaseNote> old = find(id);
            if (old.isEmpty()) {
                return false;
            }
            db.update("DELETE FROM case_note WHERE id = ?", id);
            audit.append(actor, "note", ref(old.get().submissionId()) + "/" + old.get().kind().key() + "/" + id,
                    old.get().text(), null);
            return true;
        });
    }

    private String ref(long submissionId) {
        return db.queryOne("SELECT ref FROM submission WHERE id = ?", rs -> rs.getString(1), submissionId).orElse("?");
    }

    private static CaseNote map(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new CaseNote(rs.getString("id"), rs.getLong("submission_id"), NoteKind.fromKey(rs.getString("kind")),
                rs.getString("author"), rs.getString("text"), Rows.instant(rs, "created_at"), Rows.instant(rs, "updated_at"));
    }
}
