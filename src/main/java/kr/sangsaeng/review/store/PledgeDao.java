package kr.sangsaeng.review.store;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import kr.sangsaeng.review.model.Pledge;
import kr.sangsaeng.review.model.PledgeConfirmation;

/** The round's pledge and the reviewers' confirmations of it, each change audited. */
public final class PledgeDao {
    private final Db db;
    private final AuditDao audit;

    PledgeDao(Db db, AuditDao audit) {
        this.db = db;
        this.audit = audit;
    }

    public Optional<Pledge> find() {
        return db.queryOne("SELECT text, sample, updated_by, updated_at FROM pledge WHERE id = 1",
                rs -> new Pledge(rs.getString("text"), Rows.bool(rs, "sample"), rs.getString("updated_by"),
                        Rows.instant(rs, "updated_at")));
    }

    public void put(String text, boolean sample, String actor) {
        db.inTransaction(() -> {
            String old = find().map(Pledge::text).orElse(null);
            db.update("""
                    INSERT INTO pledge (id, text, sample, updated_by, updated_at) VALUES (1, ?, ?, ?, ?)
                    ON CONFLICT (id) DO UPDATE SET text = excluded.text, sample = excluded.sample,
                        updated_by = excluded.updated_by, updated_at = excluded.updated_at""",
                    text, sample, actor, Instant.now());
            if (!text.equals(old)) {
                audit.append(actor, "pledge", "pledge", old, text);
            }
            return null;
        });
    }

    public List<PledgeConfirmation> confirmations() {
        return db.query("SELECT reviewer_id, pledge_text, confirmed_by, confirmed_at FROM pledge_confirmation"
                + " ORDER BY confirmed_at, reviewer_id", rs -> new PledgeConfirmation(rs.getLong("reviewer_id"),
                rs.getString("pledge_text"), rs.getString("confirmed_by"), Rows.instant(rs, "confirmed_at")));
    }

    public void confirm(long reviewerId, String pledgeText, String actor) {
        db.inTransaction(() -> {
            db.update("""
                    INSERT INTO pledge_confirmation (reviewer_id, pledge_text, confirmed_by, confirmed_at)
                    VALUES (?, ?, ?, ?)
                    ON CONFLICT (reviewer_id) DO UPDATE SET pledge_text = excluded.pledge_text,
                        confirmed_by = excluded.confirmed_by, confirmed_at = excluded.confirmed_at""",
                    reviewerId, pledgeText, actor, Instant.now());
            audit.append(actor, "pledge_confirmation", name(reviewerId), null, "confirmed");
            return null;
        });
    }

    private String name(long reviewerId) {
        return db.queryOne("SELECT name FROM reviewer WHERE id = ?", rs -> rs.getString(1), reviewerId).orElse("?");
    }
}
