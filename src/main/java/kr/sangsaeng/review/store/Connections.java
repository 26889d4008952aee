package kr.sangsaeng.review.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import org.sqlite.SQLiteConfig;

/** Opens SQLite connections with the settings every review file connection must have (docs/data-safety.md). */
final class Connections {
    static final int BUSY_TIMEOUT_MS = 5_000;

    private Connections() {
    }

    /** A read-write connection: foreign keys on, WAL, synchronous FULL, immediate transactions. */
    static Connection readWrite(Path file) throws SQLException {
        SQLiteConfig config = new SQLiteConfig();
        config.enforceForeignKeys(true);
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
        config.setBusyTimeout(BUSY_TIMEOUT_MS);
        // Writers take the lock when the transaction starts, so two processes never deadlock mid-way.
        config.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
        // No caller asks for generated keys (Db.insert reads last_insert_rowid() itself); left on, the
        // driver matches every statement's text against a pattern and runs one more query per INSERT.
        config.setGetGeneratedKeys(false);
        return config.createConnection(url(file));
    }

    /**
     * A read-only connection used to inspect a file before anything may change it. In a folder we
     * cannot write to (or on a full disk) SQLite cannot create the shared-memory file it reads a WAL
     * file with; then the file is read as immutable, which is exact as long as no log is beside it.
     */
    static Connection readOnly(Path file) throws SQLException {
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        config.setBusyTimeout(BUSY_TIMEOUT_MS);
        if (WriteAccess.mustReadImmutable(file)) {
            if (WriteAccess.hasLog(file)) {
                throw new SQLException("[SQLITE_READONLY] the newest changes are in " + file.getFileName()
                        + "-wal, which cannot be read where it is");
            }
            config.setOpenMode(org.sqlite.SQLiteOpenMode.OPEN_URI);
            return config.createConnection("jdbc:sqlite:" + file.toAbsolutePath().toUri() + "?immutable=1");
        }
        return config.createConnection(url(file));
    }

    private static String url(Path file) {
        return "jdbc:sqlite:" + file.toAbsolutePath();
    }
}
