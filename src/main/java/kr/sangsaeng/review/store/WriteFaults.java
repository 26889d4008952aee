package kr.sangsaeng.review.store;

import java.sql.SQLException;

/**
 * A seam for tests: called around every write so a test can make the Nth write fail and check that
 * the failure is reported and rolled back. Production code uses {@link #NONE}.
 */
@FunctionalInterface
public interface WriteFaults {
    WriteFaults NONE = sql -> { };

    void beforeWrite(String sql) throws SQLException;

    /** Called once the statement has run, still inside its transaction. */
    default void afterWrite(String sql) throws SQLException {
    }

    /** Fails the {@code n}th write from now (1-based) with a disk-full error, before it runs. */
    static WriteFaults failNth(int n) {
        int[] count = {0};
        return sql -> {
            if (++count[0] == n) {
                throw new SQLException("[SQLITE_FULL] database or disk is full (injected)");
            }
        };
    }

    /**
     * Fails the {@code n}th write from now with a disk-full error after it ran, as when the disk
     * fills up at commit: the statement's own change must be rolled back too.
     */
    static WriteFaults failNthAfterItRan(int n) {
        int[] count = {0};
        return new WriteFaults() {
            @Override
            public void beforeWrite(String sql) {
            }

            @Override
            public void afterWrite(String sql) throws SQLException {
                if (++count[0] == n) {
                    throw new SQLException("[SQLITE_FULL] database or disk is full (injected after the write)");
                }
            }
        };
    }
}
