package kr.sangsaeng.review.store;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The secretary's side of server roles (docs/server-mode.md): gives a reviewer a PostgreSQL login of
 * their own, member of the round's reviewer group, so the server's row-level security applies to
 * them. The login gets no password from the app: the database administrator sets one (or the
 * server authenticates it otherwise), and the reviewer keeps it in PGPASSWORD or ~/.pgpass.
 * Needs a secretary login with CREATEROLE.
 */
public final class ServerRoles {
    /** Lower-case PostgreSQL identifiers only, so a login never needs quoting and is never SQL. */
    private static final Pattern LOGIN = Pattern.compile("[a-z_][a-z0-9_]{0,62}");
    private final Db db;

    ServerRoles(Db db) {
        this.db = db;
    }

    /** Creates {@code login} (if new) as a member of the reviewer group and maps it to the reviewer. */
    public void addReviewer(long reviewerId, String login) {
        if (!LOGIN.matcher(login).matches()) {
            throw new IllegalArgumentException("A login is lower-case letters, digits and _ (at most 63), not starting"
                    + " with a digit: " + login);
        }
        String group = db.queryOne("SELECT current_database() || '_reviewer'", rs -> rs.getString(1)).orElseThrow();
        db.inTransaction(() -> {
            boolean exists = db.queryOne("SELECT 1 FROM pg_roles WHERE rolname = ?", rs -> true, login).orElse(false);
            if (!exists) {
                db.update("CREATE ROLE " + login + " LOGIN");
            }
            db.update("GRANT " + quoted(group) + " TO " + login);
            db.update("INSERT INTO reviewer_login (login, reviewer_id) VALUES (?, ?)"
                    + " ON CONFLICT (login) DO UPDATE SET reviewer_id = excluded.reviewer_id", login, reviewerId);
            return null;
        });
    }

    /**
     * Takes {@code login} off the round: the server (migration V6) takes it out of the reviewer
     * group, so it can no longer connect to this round's database, read or write there, and stops
     * it logging in at all when it sits on no other round. The login itself is kept, so the audit
     * rows that name it still say who wrote them. Returns the reviewer it acted as.
     *
     * @throws IllegalArgumentException when no reviewer of this round signs in as {@code login}
     */
    public long removeReviewer(String login) {
        Optional<Long> reviewer = reviewerOf(login);
        // The row's trigger revokes; deleting nothing means another secretary removed it meanwhile.
        if (reviewer.isEmpty() || db.update("DELETE FROM reviewer_login WHERE login = ?", login) == 0) {
            throw new IllegalArgumentException("No reviewer of this round signs in as " + login);
        }
        return reviewer.get();
    }

    /** The reviewer a login acts as, if any. */
    public Optional<Long> reviewerOf(String login) {
        return db.queryOne("SELECT reviewer_id FROM reviewer_login WHERE login = ?", rs -> rs.getLong(1), login);
    }

    private static String quoted(String identifier) {
        return "\"" + identifier.replace("\"", "\"\"") + "\"";
    }
}
