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
     * so two programs never both read and then overwrite; PostgreSQL locks rows as they are written.
     */
    String beginWrite() {
        return this == SQLITE ? "BEGIN IMMEDIATE" : "BEGIN";
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
}
