package kr.sangsaeng.review.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The one connection of an open review file, with parameterised query helpers and (reentrant)
 * transactions. Every statement takes its values as parameters: no SQL is built from user input.
 * Methods are synchronized so a stray call from another thread waits instead of corrupting state.
 */
final class Db implements AutoCloseable {
    private final Connection connection;
    private WriteFaults faults = WriteFaults.NONE;
    private int depth;

    Db(Connection connection) {
        this.connection = connection;
    }

    Connection connection() {
        return connection;
    }

    synchronized void setWriteFaults(WriteFaults faults) {
        this.faults = faults;
    }

    synchronized <T> List<T> query(String sql, RowMapper<T> mapper, Object... params) {
        try (PreparedStatement ps = prepare(sql, params); ResultSet rs = ps.executeQuery()) {
            List<T> rows = new ArrayList<>();
            while (rs.next()) {
                rows.add(mapper.map(rs));
            }
            return rows;
        } catch (SQLException e) {
            throw new StoreException("Reading the review file failed: " + e.getMessage(), e);
        }
    }

    synchronized <T> Optional<T> queryOne(String sql, RowMapper<T> mapper, Object... params) {
        List<T> rows = query(sql, mapper, params);
        return rows.isEmpty() ? Optional.empty() : Optional.of(rows.get(0));
    }

    /** Runs an INSERT, UPDATE or DELETE and returns the number of rows changed. */
    synchronized int update(String sql, Object... params) {
        return inTransaction(() -> {
            faults.beforeWrite(sql);
            try (PreparedStatement ps = prepare(sql, params)) {
                return ps.executeUpdate();
            }
        });
    }

    /** Runs an INSERT and returns the new row's id. */
    synchronized long insert(String sql, Object... params) {
        return inTransaction(() -> {
            faults.beforeWrite(sql);
            try (PreparedStatement ps = prepare(sql, params)) {
                ps.executeUpdate();
            }
            try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery("SELECT last_insert_rowid()")) {
                return rs.next() ? rs.getLong(1) : 0L;
            }
        });
    }

    /** Runs a batch of the same statement with many parameter rows, in one transaction. */
    synchronized void batch(String sql, List<Object[]> rows) {
        inTransaction(() -> {
            faults.beforeWrite(sql);
            try (PreparedStatement ps = connection.prepareStatement(sql)) {
                for (Object[] row : rows) {
                    bind(ps, row);
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            return null;
        });
    }

    /**
     * Runs work in one transaction; commits when the outermost call returns, rolls back on any
     * failure. When this returns, the commit is on disk (synchronous=FULL).
     */
    synchronized <T> T inTransaction(SqlWork<T> work) {
        boolean outermost = depth == 0;
        try {
            if (outermost) {
                connection.setAutoCommit(false);
            }
            depth++;
            T result = work.run();
            depth--;
            if (outermost) {
                connection.commit();
                connection.setAutoCommit(true);
            }
            return result;
        } catch (SQLException | RuntimeException e) {
            depth = outermost ? 0 : depth - 1;
            if (outermost) {
                rollbackQuietly();
            }
            if (e instanceof StoreException se) {
                throw se;
            }
            throw new StoreException(describe(e), e);
        }
    }

    private String describe(Exception e) {
        String m = String.valueOf(e.getMessage());
        if (m.contains("SQLITE_FULL")) {
            return "The disk is full: the change was not saved.";
        }
        if (e instanceof SQLException se && FileInspector.isBusy(se)) {
            return "Another program is writing to the review file: the change was not saved. Try again.";
        }
        return "Writing to the review file failed: " + m;
    }

    private void rollbackQuietly() {
        try {
            connection.rollback();
            connection.setAutoCommit(true);
        } catch (SQLException ignored) {
            // The original failure is what the user needs to hear about.
        }
    }

    private PreparedStatement prepare(String sql, Object... params) throws SQLException {
        PreparedStatement ps = connection.prepareStatement(sql);
        bind(ps, params);
        return ps;
    }

    private static void bind(PreparedStatement ps, Object[] params) throws SQLException {
        for (int i = 0; i < params.length; i++) {
            Object p = params[i];
            if (p instanceof Boolean b) {
                ps.setInt(i + 1, b ? 1 : 0);
            } else if (p instanceof java.time.Instant t) {
                ps.setString(i + 1, t.toString());
            } else {
                ps.setObject(i + 1, p);
            }
        }
    }

    @Override
    public synchronized void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            throw new StoreException("Closing the review file failed: " + e.getMessage(), e);
        }
    }
}
