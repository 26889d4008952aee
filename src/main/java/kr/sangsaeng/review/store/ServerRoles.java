package kr.sangsaeng.review.store;

import java.util.LinkedHashMap;
import java.util.Map;
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
    private final AuditDao audit;

    ServerRoles(Db db, AuditDao audit) {
        this.db = db;
        this.audit = audit;
    }

    /** Whether {@code login} has the form a login must have here. */
    public static boolean isWellFormed(String login) {
        return login != null && LOGIN.matcher(login).matches();
    }

    /**
     * Creates {@code login} (if new) as a member of the reviewer group and maps it to the reviewer.
     * A login taken off earlier (made NOLOGIN when it sat on no other round) may log in again.
     * Written to the audit log in the same transaction.
     */
    public void addReviewer(long reviewerId, String login) {
        addReviewer(reviewerId, login, "secretary");
    }

    /** {@link #addReviewer(long, String)}, the audit row naming {@code actor} (a server names the login anyway). */
    public void addReviewer(long reviewerId, String login, String actor) {
        if (!LOGIN.matcher(login).matches()) {
            throw new IllegalArgumentException("A login is lower-case letters, digits and _ (at most 63), not starting"
                    + " with a digit: " + login);
        }
        String group = db.queryOne("SELECT current_database() || '_reviewer'", rs -> rs.getString(1)).orElseThrow();
        db.inTransaction(() -> {
            Optional<Boolean> canLogIn = db.queryOne("SELECT rolcanlogin FROM pg_roles WHERE rolname = ?",
                    rs -> rs.getBoolean(1), login);
            if (canLogIn.isEmpty()) {
                db.update("CREATE ROLE " + login + " LOGIN");
            } else if (!canLogIn.get()) {
                db.update("ALTER ROLE " + login + " LOGIN");
            }
            db.update("GRANT " + quoted(group) + " TO " + login);
            db.update("INSERT INTO reviewer_login (login, reviewer_id) VALUES (?, ?)"
                    + " ON CONFLICT (login) DO UPDATE SET reviewer_id = excluded.reviewer_id", login, reviewerId);
            audit.append(actor, "reviewer_login", login, null, reviewerName(reviewerId));
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
        return removeReviewer(login, "secretary");
    }

    /** {@link #removeReviewer(String)}, the audit row naming {@code actor}. */
    public long removeReviewer(String login, String actor) {
        Optional<Long> reviewer = reviewerOf(login);
        // The row's trigger revokes; deleting nothing means another secretary removed it meanwhile.
        boolean removed = reviewer.isPresent() && db.inTransaction(() -> {
            if (db.update("DELETE FROM reviewer_login WHERE login = ?", login) == 0) {
                return false;
            }
            audit.append(actor, "reviewer_login", login, reviewerName(reviewer.get()), null);
            return true;
        });
        if (!removed) {
            throw new IllegalArgumentException("No reviewer of this round signs in as " + login);
        }
        return reviewer.get();
    }

    /** Every login of the round, by the id of the reviewer it acts as (a reviewer has at most one). */
    public Map<Long, String> logins() {
        Map<Long, String> byReviewer = new LinkedHashMap<>();
        db.query("SELECT reviewer_id, login FROM reviewer_login ORDER BY login", rs -> {
            byReviewer.put(rs.getLong(1), rs.getString(2));
            return null;
        });
        return byReviewer;
    }

    /**
     * True when the connected login is the round's secretary: the database's owner, or a member of
     * it (docs/server-mode.md, "Roles enforced by the server"). Only the secretary manages logins.
     */
    public boolean isSecretary() {
        return db.queryOne("SELECT pg_has_role(session_user, datdba, 'MEMBER') FROM pg_database"
                + " WHERE datname = current_database()", rs -> rs.getBoolean(1)).orElse(false);
    }

    /** The database owner's login: the secretary's, never to be made a reviewer's. */
    public String ownerLogin() {
        return db.queryOne("SELECT r.rolname FROM pg_database d JOIN pg_roles r ON r.oid = d.datdba"
                + " WHERE d.datname = current_database()", rs -> rs.getString(1)).orElseThrow();
    }

    private String reviewerName(long reviewerId) {
        return db.queryOne("SELECT name FROM reviewer WHERE id = ?", rs -> rs.getString(1), reviewerId).orElse("");
    }

    /** The reviewer a login acts as, if any. */
    public Optional<Long> reviewerOf(String login) {
        return db.queryOne("SELECT reviewer_id FROM reviewer_login WHERE login = ?", rs -> rs.getLong(1), login);
    }

    private static String quoted(String identifier) {
        return "\"" + identifier.replace("\"", "\"\"") + "\"";
    }
}
