package kr.sangsaeng.review.store;

import java.sql.SQLException;
import java.util.Optional;

/**
 * Sorts SQLite failures into the few kinds a user must be told apart: another program holds the
 * file (wait and retry), the disk cannot take the write (stop writing), anything else.
 */
final class SqlErrors {
    private SqlErrors() {
    }

    /** The exception to report for a failed read or write; {@code StoreException}s pass through. */
    static StoreException translate(String doing, Exception e) {
        if (e instanceof StoreException se) {
            return se;
        }
        if (has(e, "SQLITE_FULL")) {
            return new DiskFullException(e);
        }
        if (busy(e)) {
            return new StoreBusyException(e);
        }
        if (connectionLost(e)) {
            return new ConnectionLostException(e);
        }
        if (has(e, ScoreOutOfScaleException.TRIGGER_TEXT)) {
            return new ScoreOutOfScaleException(e);
        }
        return new StoreException(doing + " failed: " + e.getMessage(), e);
    }

    /** True when another connection held the lock for longer than the busy timeout. */
    static boolean busy(Throwable e) {
        return has(e, "SQLITE_BUSY") || has(e, "database is locked") || serverRetry(e);
    }

    /**
     * True when a server connection broke: SQLSTATE class 08 (connection exception) or the server
     * ending the session (57P01 administrator command, 57P02 crash shutdown, 57P03 cannot connect now;
     * 25P03 a session left idle inside a transaction too long, see ServerAddress.idleInTransactionTimeoutMs).
     */
    static boolean connectionLost(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException s && s.getSQLState() != null
                    && (s.getSQLState().startsWith("08") || s.getSQLState().startsWith("57P")
                            || "25P03".equals(s.getSQLState()))) {
                return true;
            }
        }
        return false;
    }

    /**
     * PostgreSQL's serialization failure, deadlock, and a lock not granted within lock_timeout
     * (another program's write held the round longer, see Dialect.beginWrite): the transaction may
     * simply run again.
     */
    private static boolean serverRetry(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException s && ("40001".equals(s.getSQLState()) || "40P01".equals(s.getSQLState())
                    || "55P03".equals(s.getSQLState()))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Why the file can no longer be written, when a failure says so: a full disk or size limit, an
     * I/O error, or a file that became read-only under us. Empty for ordinary failures (a broken
     * constraint, a locked review) after which writing may go on.
     */
    static Optional<String> writeFailure(Throwable e) {
        if (has(e, "SQLITE_FULL")) {
            return Optional.of("the disk is full");
        }
        if (has(e, "SQLITE_IOERR")) {
            return Optional.of("the disk reported an input/output error");
        }
        if (has(e, "SQLITE_READONLY")) {
            return Optional.of("the file or its folder became read-only");
        }
        return Optional.empty();
    }

    private static boolean has(Throwable e, String code) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException && String.valueOf(t.getMessage()).contains(code)) {
                return true;
            }
        }
        return false;
    }
}
