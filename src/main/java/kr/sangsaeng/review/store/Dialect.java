package kr.sangsaeng.review.store;

/**
 * The two SQL dialects a round is stored in: the review file (SQLite, the default and the archive
 * format) and a server round (PostgreSQL; docs/server-mode.md). The DAOs' SQL is written to run on
 * both; the few statements that cannot be are chosen here, so no dialect test leaves {@code store}.
 */
enum Dialect {
    SQLITE, POSTGRESQL;

    /**
     * Starts a write transaction. SQLite's IMMEDIATE takes the write lock before the work reads,
     * so two programs never both read and then overwrite. PostgreSQL locks rows only as they are
     * written, so two windows that read a value and write what follows from it (a counter, a list
     * saved whole, the old value an audit row records) would overwrite each other's update; a
     * transaction-scoped advisory lock, taken in the same round trip as BEGIN, gives the server
     * round the file's one writer at a time. Advisory locks belong to one database, and a database
     * holds one round, so rounds never wait for each other. Each statement after it reads what the
     * previous writer committed (read committed). A score saved in one call ({@code save_score},
     * outside a transaction) takes no such lock: its row is written by one upsert.
     *
     * <p>As a file's busy timeout, the wait is bounded: the transaction's lock_timeout is the
     * session's own when one is set (an administrator's {@code ALTER ROLE … SET lock_timeout}, or a
     * test), otherwise {@link Connections#BUSY_TIMEOUT_MS}; past it the write fails as busy and
     * {@link Db} tries it again a few times before saying another program is writing.
     */
    String beginWrite() {
        return this == SQLITE ? "BEGIN IMMEDIATE"
                : "BEGIN; SELECT set_config('lock_timeout', CASE current_setting('lock_timeout') WHEN '0' THEN '"
                        + Connections.BUSY_TIMEOUT_MS + "ms' ELSE current_setting('lock_timeout') END, true);"
                        + " SELECT pg_advisory_xact_lock(" + WRITE_LOCK + ")";
    }

    /** Any fixed number other than the schema migration's lock (ServerSchema): one round's writers queue on it. */
    static final long WRITE_LOCK = 0x53535257L;

    /**
     * {@code expression} (a text column) to order by as a file does: SQLite compares text by its
     * UTF-8 bytes, that is by code point. PostgreSQL orders by the database's collation, which on
     * many installations is a language's (en_US, ko_KR), where "a-2" comes before "B-1"; the "C"
     * collation is the file's order on every server.
     */
    String byCodePoint(String expression) {
        return this == SQLITE ? expression : expression + " COLLATE \"C\"";
    }

    /**
     * Appended to a SELECT of one row that the same write transaction then changes: on a server it
     * locks the row as read, so a write from another connection that does not queue on the round's
     * write lock (a score saved in one call, {@code save_score}) cannot land between the read and the
     * write; it waits, and a read made after it sees its value. A file's write transaction already
     * holds the file's write lock (BEGIN IMMEDIATE), and SQLite has no row locks.
     */
    String lockRow() {
        return this == SQLITE ? "" : " FOR UPDATE";
    }

    /** The id the last INSERT on this connection gave its row. */
    String lastInsertId() {
        return this == SQLITE ? "SELECT last_insert_rowid()" : "SELECT lastval()";
    }

    /** Joins the text values of {@code expression} in a group with {@code separator} (a literal). */
    String groupConcat(String expression, String separator) {
        String quoted = "'" + separator.replace("'", "''") + "'";
        return this == SQLITE ? "group_concat(" + expression + ", " + quoted + ")"
                : "string_agg(" + expression + ", " + quoted + ")";
    }

    /** The channel a server round announces its commits on (LISTEN/NOTIFY; docs/server-mode.md). */
    static final String CHANGE_CHANNEL = "sangsaeng_round";

    /**
     * Run just before COMMIT: tells every listening app that the round changed, delivered only if
     * the transaction commits. Only a transaction that wrote has a transaction id, so reads announce
     * nothing. Null for a file, whose readers see other connections' commits in data_version.
     */
    String announceChange() {
        return this == SQLITE ? null
                : "SELECT pg_notify('" + CHANGE_CHANNEL + "', '') WHERE txid_current_if_assigned() IS NOT NULL";
    }
}
