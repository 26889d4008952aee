package kr.sangsaeng.review.store;

import java.sql.SQLException;

/**
 * A seam for tests: called before every write so a test can make the Nth write fail and check that
 * the failure is reported and rolled back. Production code uses {@link #NONE}.
 */
@FunctionalInterface
public interface WriteFaults {
    WriteFaults NONE = sql -> { };

    void beforeWrite(String sql) throws SQLException;

    /** Fails the {@code n}th write from now (1-based) with a disk-full error. */
    static WriteFaults failNth(int n) {
        int[] count = {0};
        return sql -> {
            if (++count[0] == n) {
                throw new SQLException("[SQLITE_FULL] database or disk is full (injected)");
            }
        };
    }
}
