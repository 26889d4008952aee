package kr.sangsaeng.review.store;

import java.util.Optional;
import kr.sangsaeng.review.model.Round;

/** The round a review file holds (one row). */
public final class RoundDao {
    private final Db db;
    private final AuditDao audit;

    RoundDao(Db db, AuditDao audit) {
        this.db = db;
        this.audit = audit;
    }

    public Optional<Round> find() {
        return db.queryOne("SELECT name, year, organisers, blind_mode FROM round WHERE id = 1",
                rs -> new Round(rs.getString("name"), rs.getInt("year"), rs.getString("organisers"),
                        Rows.bool(rs, "blind_mode")));
    }

    public Round get() {
        return find().orElseThrow(() -> new StoreException("The review file has no round.", null));
    }

    public void put(Round round) {
        db.update("""
                INSERT INTO round (id, name, year, organisers, blind_mode) VALUES (1, ?, ?, ?, ?)
                ON CONFLICT (id) DO UPDATE SET name = excluded.name, year = excluded.year,
                    organisers = excluded.organisers, blind_mode = excluded.blind_mode""",
                round.name(), round.year(), round.organisers(), round.blindMode());
    }

    /**
     * Turns blind mode on or off. Audited, because whether reviewers saw platform names matters when
     * the committee later defends its ranking. Returns false when it already had that value.
     */
    public boolean setBlindMode(boolean on, String actor) {
        return db.inTransaction(() -> {
            boolean was = get().blindMode();
            if (was == on) {
                return false;
            }
            db.update("UPDATE round SET blind_mode = ? WHERE id = 1", on);
            audit.append(actor, "round", "blind_mode", Boolean.toString(was), Boolean.toString(on));
            return true;
        });
    }
}
