package kr.sangsaeng.review.store;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The meeting's agenda in the chair's order (docs/meeting.md): submission ids by position. Saved
 * whole, in one transaction with one audit row holding the old and new order as refs.
 */
public final class AgendaDao {
    private final Db db;
    private final AuditDao audit;

    AgendaDao(Db db, AuditDao audit) {
        this.db = db;
        this.audit = audit;
    }

    /** The saved order, first case first; empty when the chair never reordered the agenda. */
    public List<Long> order() {
        return db.query("SELECT submission_id FROM agenda_position ORDER BY position, submission_id", rs -> rs.getLong(1));
    }

    /** Replaces the saved order; returns false when it was already this order. */
    public boolean save(List<Long> submissionIds, String actor) {
        return db.inTransaction(() -> {
            List<Long> old = order();
            if (old.equals(submissionIds)) {
                return false;
            }
            db.update("DELETE FROM agenda_position");
            Instant now = Instant.now();
            for (int i = 0; i < submissionIds.size(); i++) {
                db.update("INSERT INTO agenda_position (submission_id, position, placed_by, placed_at) VALUES (?, ?, ?, ?)",
                        submissionIds.get(i), i, actor, now);
            }
            Map<Long, String> refs = db.query("SELECT id, ref FROM submission", rs -> Map.entry(rs.getLong(1), rs.getString(2)))
                    .stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
            audit.append(actor, "agenda", "order", refsOf(old, refs), refsOf(submissionIds, refs));
            return true;
        });
    }

    private static String refsOf(List<Long> ids, Map<Long, String> refs) {
        return ids.isEmpty() ? null : ids.stream().map(id -> refs.getOrDefault(id, "#" + id)).collect(Collectors.joining(", "));
    }
}
