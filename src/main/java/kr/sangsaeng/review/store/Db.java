package kr.sangsaeng.review.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one connection of an open review file, with parameterised query helpers and (reentrant)
 * transactions. Every statement takes its values as parameters: no SQL is built from user input.
 * Methods are synchronized so a stray call from another thread waits instead of corrupting state.
 */
final class Db implements AutoCloseable {
    /** Attempts of an outermost transaction that finds the file locked (each waits the busy timeout). */
    static final int BUSY_ATTEMPTS = 4;
    /** Pause before the second attempt; doubled before each further one. */
    static final long BUSY_BACKOFF_MS = 100;

    private static final Logger LOG = LoggerFactory.getLogger(Db.class);

    private Connection connection;
    private final Dialect dialect;
    /** Opens a new connection to a server round after the old one broke; null for a file. */
    private SqlWork<Connection> reconnect;
    /**
     * Opens a second connection for reading part of one large result: to the same file (see
     * {@link #sideReader()}), or to the same server round (see {@link #inOneSnapshot}).
     */
    private SqlWork<Connection> sideReaders;
    /** Rows per multi-row INSERT: 100 × 5 columns stays far below SQLite's 32,766 parameters. */
    static final int ROWS_PER_INSERT = 100;

    private WriteFaults faults = WriteFaults.NONE;
    private int depth;
    /** Set once a write failed for want of disk: from then on the store only reads. */
    private String readOnlyReason;
    private boolean openedReadOnly;
    private java.util.function.Consumer<CommitLedger.Commit> afterCommit = c -> { };
    /** True while {@link #inOneSnapshot} holds this server connection in its read-only transaction. */
    private boolean snapshotRead;

    Db(Connection connection) {
        this(connection, Dialect.SQLITE);
    }

    Db(Connection connection, Dialect dialect) {
        this.connection = connection;
        this.dialect = dialect;
    }

    Dialect dialect() {
        return dialect;
    }

    /**
     * Lets a server round's store connect again after its connection broke (a server restart, a cut
     * network): the next transaction or read outside one opens a new connection and carries on.
     * Work that was under way when the connection broke is not repeated: it failed, unacknowledged.
     */
    synchronized void reconnectWith(SqlWork<Connection> opener) {
        this.reconnect = opener;
    }

    /** Lets one large read be split across two connections to the same file, read by two threads. */
    synchronized void sideReadsWith(SqlWork<Connection> opener) {
        this.sideReaders = opener;
    }

    /**
     * A second, read-only connection to the same file, for reading part of one large result on
     * another thread; the caller closes it. Empty on a server round, inside a transaction (whose
     * changes only this connection sees yet), and when it cannot be opened: the caller then reads
     * everything on this connection.
     */
    synchronized java.util.Optional<Db> sideReader() {
        if (sideReaders == null || depth > 0 || dialect != Dialect.SQLITE) {
            return java.util.Optional.empty();
        }
        try {
            return java.util.Optional.of(new Db(sideReaders.run()));
        } catch (SQLException e) {
            LOG.debug("No second connection for reading; reading on one", e);
            return java.util.Optional.empty();
        }
    }

    /** One half of a read split by {@link #inOneSnapshot}: reads on {@code db}, says whether it got everything. */
    @FunctionalInterface
    interface SnapshotRead {
        boolean read(Db db);
    }

    /** What PostgreSQL's pg_export_snapshot() returns: hex numbers and dashes, so it can stand in SET's text. */
    private static final java.util.regex.Pattern SNAPSHOT_ID = java.util.regex.Pattern.compile("[0-9A-Fa-f-]{1,64}");

    /**
     * Runs {@code here} on this server connection and {@code there} on a second connection and thread,
     * both in one snapshot: this connection's read-only transaction exports its snapshot and the second
     * transaction takes it over (PostgreSQL's pg_export_snapshot and SET TRANSACTION SNAPSHOT), so the
     * two halves of a large read come from one moment, as from one statement, while the server and the
     * decoding both work on two cores. Should the second connection not open, {@code there} runs here
     * afterwards, in the same snapshot. Within {@link #readAtOneMoment} the halves share that read's
     * snapshot. Returns whether both got everything; empty on a file or inside a write transaction:
     * the caller then reads in one statement.
     */
    synchronized Optional<Boolean> inOneSnapshot(SnapshotRead here, SnapshotRead there) {
        if (dialect != Dialect.POSTGRESQL || sideReaders == null || depth > 0) {
            return Optional.empty();
        }
        // Within readAtOneMoment the transaction is open already, and its snapshot is the one to share.
        boolean ownTransaction = !snapshotRead;
        try {
            if (ownTransaction) {
                if (!connection.getAutoCommit()) {
                    return Optional.empty();
                }
                connection.setAutoCommit(false);
            }
        } catch (SQLException e) {
            return Optional.empty();
        }
        snapshotRead = true;
        SqlWork<Connection> opener = sideReaders;
        try {
            String snapshot;
            try (Statement s = connection.createStatement()) {
                if (ownTransaction) {
                    s.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY");
                }
                try (ResultSet rs = s.executeQuery("SELECT pg_export_snapshot()")) {
                    rs.next();
                    snapshot = rs.getString(1);
                }
            }
            if (!SNAPSHOT_ID.matcher(snapshot).matches()) {
                throw new SQLException("Unexpected snapshot id from the server");
            }
            java.util.concurrent.FutureTask<Boolean> other = new java.util.concurrent.FutureTask<>(
                    () -> readInSnapshot(opener, snapshot, there));
            Thread thread = new Thread(other, "score-read");
            thread.setDaemon(true);
            thread.start();
            boolean mine = here.read(this);
            Boolean theirs = await(other);
            if (theirs == null) {
                theirs = there.read(this);
            }
            return Optional.of(mine && theirs);
        } catch (SQLException e) {
            throw SqlErrors.translate("Reading the review file", e);
        } finally {
            if (ownTransaction) {
                snapshotRead = false;
                endStreamedRead();
            }
        }
    }

    /**
     * Runs reads that must all see one moment of a server round (a report and its fingerprint) in one
     * read-only REPEATABLE READ transaction, so a score committed between two of them shows in
     * neither; large reads inside are fetched a batch at a time as usual. On a file, inside a
     * transaction, or within another such read, {@code work} just runs: a file's reader checks
     * {@link #dataVersion()} instead.
     */
    synchronized <T> T readAtOneMoment(java.util.function.Supplier<T> work) {
        boolean own;
        try {
            own = dialect == Dialect.POSTGRESQL && depth == 0 && !snapshotRead && connection.getAutoCommit();
            if (own) {
                connection.setAutoCommit(false);
                try (Statement s = connection.createStatement()) {
                    s.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY");
                }
            }
        } catch (SQLException e) {
            endStreamedRead();
            throw SqlErrors.translate("Reading the review file", e);
        }
        if (!own) {
            return work.get();
        }
        snapshotRead = true;
        try {
            return work.get();
        } finally {
            snapshotRead = false;
            endStreamedRead();
        }
    }

    /** {@code there} on a connection of its own in {@code snapshot}; null when that connection cannot be opened. */
    private static Boolean readInSnapshot(SqlWork<Connection> opener, String snapshot, SnapshotRead there) {
        Connection second;
        try {
            second = opener.run();
            second.setAutoCommit(false);
            try (Statement s = second.createStatement()) {
                s.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY");
                s.execute("SET TRANSACTION SNAPSHOT '" + snapshot + "'");
            }
        } catch (SQLException e) {
            LOG.debug("No second connection for reading; reading on one", e);
            return null;
        }
        try (Db other = new Db(second, Dialect.POSTGRESQL)) {
            other.snapshotRead = true;
            return there.read(other);
        }
    }

    /** The result of a read on another thread; its failure is thrown here, as if the read had run here. */
    static <T> T await(java.util.concurrent.FutureTask<T> task) {
        try {
            return task.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            task.cancel(true);
            throw new StoreException("Reading the review file was interrupted", e);
        } catch (java.util.concurrent.ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new StoreException("Reading the review file failed: " + e.getCause().getMessage(), e.getCause());
        }
    }

    /** SQLite's count of commits made by other connections, as this connection sees it ({@code PRAGMA data_version}). */
    synchronized long dataVersion() {
        return queryOne("PRAGMA data_version", rs -> rs.getLong(1)).orElse(0L);
    }

    /** After {@code e}, replaces a broken server connection with a new one; false when {@code e} was something else. */
    private boolean reconnectAfter(SQLException e) {
        if (reconnect == null || depth > 0 || snapshotRead || !(SqlErrors.connectionLost(e) || isClosed())) {
            return false;
        }
        LOG.warn("The connection to the server broke ({}); connecting again", e.getMessage());
        try {
            connection.close();
        } catch (SQLException ignored) {
            // It is broken already.
        }
        try {
            connection = reconnect.run();
            return true;
        } catch (SQLException again) {
            throw new ConnectionLostException(again);
        }
    }

    private boolean isClosed() {
        try {
            return connection.isClosed();
        } catch (SQLException e) {
            return true;
        }
    }

    synchronized Connection connection() {
        return connection;
    }

    /**
     * Puts a fresh connection in place of one the server dropped (a server round only; a file's
     * connection does not break this way). Waits for any work on the old one to end.
     */
    synchronized void replaceConnection(Connection fresh) {
        Connection old = connection;
        connection = fresh;
        try {
            old.close();
        } catch (SQLException ignored) {
            // The old connection is already broken; that is why it is replaced.
        }
    }

    synchronized void setWriteFaults(WriteFaults faults) {
        this.faults = faults;
    }

    synchronized boolean isReadOnly() {
        return readOnlyReason != null;
    }

    /**
     * Stops all further writes after a write failed because the disk cannot take it. Carrying on
     * would fail the same way, possibly half-way through the user's next change; reads still work.
     */
    private void becomeReadOnly(String reason) {
        if (readOnlyReason != null) {
            return;
        }
        readOnlyReason = reason;
        LOG.warn("Review file is read-only from now on: {}", reason);
        try (Statement s = connection.createStatement()) {
            // The database itself refuses writes too, in case a path ever bypasses requireWritable().
            s.execute(dialect == Dialect.SQLITE ? "PRAGMA query_only = 1" : "SET default_transaction_read_only = on");
        } catch (SQLException e) {
            LOG.warn("Could not set query_only", e);
        }
    }

    /** For a healthy file that cannot be written where it is (read-only folder, full disk). */
    synchronized void openedReadOnly(String reason) {
        readOnlyReason = reason;
        openedReadOnly = true;
    }

    private void requireWritable() {
        if (readOnlyReason != null) {
            throw openedReadOnly ? ReadOnlyStoreException.openedReadOnly(readOnlyReason)
                    : new ReadOnlyStoreException(readOnlyReason);
        }
    }

    synchronized <T> List<T> query(String sql, RowMapper<T> mapper, Object... params) {
        try {
            return queryOnce(sql, mapper, params);
        } catch (SQLException e) {
            if (!reconnectAfter(e)) {
                throw SqlErrors.translate("Reading the review file", e);
            }
        }
        try {
            return queryOnce(sql, mapper, params);
        } catch (SQLException e) {
            throw SqlErrors.translate("Reading the review file", e);
        }
    }

    private <T> List<T> queryOnce(String sql, RowMapper<T> mapper, Object... params) throws SQLException {
        try (PreparedStatement ps = prepare(sql, params); ResultSet rs = ps.executeQuery()) {
            List<T> rows = new ArrayList<>();
            while (rs.next()) {
                rows.add(mapper.map(rs));
            }
            return rows;
        }
    }

    /** Hands each row to {@code visitor} without collecting rows, for reads too large to hold twice. */
    synchronized void forEachRow(String sql, RowVisitor visitor, Object... params) {
        forEachRowWhile(sql, rs -> {
            visitor.visit(rs);
            return true;
        }, params);
    }

    /**
     * As {@link #forEachRow}, stopping at the first row {@code test} declines (the rest of the result is
     * not read). Returns false when it stopped there, true when every row was accepted.
     */
    synchronized boolean forEachRowWhile(String sql, RowTest test, Object... params) {
        return forEachRowWhile(sql, 0, test, params);
    }

    /**
     * As {@link #forEachRowWhile(String, RowTest, Object...)}; on a server round outside a transaction
     * the rows arrive {@code fetchRows} at a time, so that a large result is never held whole in
     * memory. The PostgreSQL driver fetches through a cursor only with auto-commit off, so the read
     * runs in a read-only transaction of its own (one snapshot, as one statement has anyway).
     */
    synchronized boolean forEachRowWhile(String sql, int fetchRows, RowTest test, Object... params) {
        int[] visited = {0};
        try {
            return forEachRowOnce(sql, fetchRows, test, visited, params);
        } catch (SQLException e) {
            // Rows already handed on cannot be taken back: only a read that broke before its first row is repeated.
            if (visited[0] > 0 || !reconnectAfter(e)) {
                throw SqlErrors.translate("Reading the review file", e);
            }
        }
        try {
            return forEachRowOnce(sql, fetchRows, test, visited, params);
        } catch (SQLException e) {
            throw SqlErrors.translate("Reading the review file", e);
        }
    }

    private boolean forEachRowOnce(String sql, int fetchRows, RowTest test, int[] visited, Object... params)
            throws SQLException {
        if (snapshotRead) {
            // Already in inOneSnapshot's read-only transaction, which outlives this read.
            return visitRows(sql, fetchRows, test, visited, params);
        }
        boolean cursor = fetchRows > 0 && dialect == Dialect.POSTGRESQL && depth == 0 && connection.getAutoCommit();
        if (!cursor) {
            return visitRows(sql, 0, test, visited, params);
        }
        connection.setAutoCommit(false);
        connection.setReadOnly(true);
        try {
            return visitRows(sql, fetchRows, test, visited, params);
        } finally {
            endStreamedRead();
        }
    }

    private boolean visitRows(String sql, int fetchRows, RowTest test, int[] visited, Object... params)
            throws SQLException {
        try (PreparedStatement ps = prepare(sql, params)) {
            if (fetchRows > 0) {
                ps.setFetchSize(fetchRows);
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    visited[0]++;
                    if (!test.accept(rs)) {
                        return false;
                    }
                }
                return true;
            }
        }
    }

    /** Ends a streamed read's transaction (it changed nothing) and puts auto-commit back for the next statement. */
    private void endStreamedRead() {
        try {
            connection.rollback();
            connection.setReadOnly(false);
            connection.setAutoCommit(true);
        } catch (SQLException e) {
            // A broken connection: the next statement replaces it (reconnectAfter), with auto-commit on.
            LOG.debug("Ending a streamed read failed", e);
        }
    }

    /** Reads the current row of a result set and says whether to go on to the next. */
    @FunctionalInterface
    interface RowTest {
        boolean accept(ResultSet rs) throws SQLException;
    }

    /** Reads the current row of a result set. */
    @FunctionalInterface
    interface RowVisitor {
        void visit(ResultSet rs) throws SQLException;
    }

    synchronized <T> Optional<T> queryOne(String sql, RowMapper<T> mapper, Object... params) {
        List<T> rows = query(sql, mapper, params);
        return rows.isEmpty() ? Optional.empty() : Optional.of(rows.get(0));
    }

    /** Runs an INSERT, UPDATE or DELETE and returns the number of rows changed. */
    synchronized int update(String sql, Object... params) {
        return inTransaction(() -> {
            beforeWrite(sql);
            try (PreparedStatement ps = prepare(sql, params)) {
                int changed = ps.executeUpdate();
                faults.afterWrite(sql);
                return changed;
            }
        });
    }

    /**
     * Runs one statement that writes and answers with one integer (a server function such as
     * {@code save_score}). Outside a transaction it is a transaction of its own: the server commits it
     * before it answers, so the change is acknowledged in one round trip, without BEGIN and COMMIT.
     * Inside the caller's transaction it is one more statement of it.
     *
     * <p>A broken connection found by this call is replaced and the call sent once more, as
     * {@link #begin} does; the call must therefore give the same result when run twice (saving the
     * same value again changes nothing).
     */
    synchronized int callWriting(String sql, Object... params) {
        if (depth > 0) {
            return nested(() -> callOnce(sql, params));
        }
        requireWritable();
        try {
            return callOnce(sql, params);
        } catch (SQLException e) {
            if (!reconnectAfter(e)) {
                throw SqlErrors.translate("Writing to the review file", e);
            }
        }
        try {
            return callOnce(sql, params);
        } catch (SQLException e) {
            throw SqlErrors.translate("Writing to the review file", e);
        }
    }

    private int callOnce(String sql, Object... params) throws SQLException {
        beforeWrite(sql);
        try (PreparedStatement ps = prepare(sql, params); ResultSet rs = ps.executeQuery()) {
            int result = rs.next() ? rs.getInt(1) : 0;
            faults.afterWrite(sql);
            return result;
        }
    }

    /** Runs an INSERT and returns the new row's id. */
    synchronized long insert(String sql, Object... params) {
        return inTransaction(() -> {
            beforeWrite(sql);
            try (PreparedStatement ps = prepare(sql, params)) {
                ps.executeUpdate();
            }
            faults.afterWrite(sql);
            try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery(dialect.lastInsertId())) {
                return rs.next() ? rs.getLong(1) : 0L;
            }
        });
    }

    /** Runs a batch of the same statement with many parameter rows, in one transaction. */
    synchronized void batch(String sql, List<Object[]> rows) {
        inTransaction(() -> {
            beforeWrite(sql);
            try (PreparedStatement ps = connection.prepareStatement(sql)) {
                for (Object[] row : rows) {
                    bind(ps, row);
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            faults.afterWrite(sql);
            return null;
        });
    }

    /**
     * Inserts many rows with multi-row {@code VALUES} statements, {@value #ROWS_PER_INSERT} rows each:
     * an import writes 600,000 rows, and stepping one statement per row costs a third more.
     * The SQL is {@code head + " VALUES (?, …), (?, …) " + tail}; {@code tail} may hold an
     * {@code ON CONFLICT} clause. Runs in the caller's transaction if there is one.
     */
    synchronized void insertRows(String head, String tail, int width, List<Object[]> rows) {
        inTransaction(() -> {
            faults.beforeWrite(head);
            int full = rows.size() / ROWS_PER_INSERT * ROWS_PER_INSERT;
            if (full > 0) {
                try (PreparedStatement ps = connection.prepareStatement(multiRow(head, tail, width, ROWS_PER_INSERT))) {
                    for (int start = 0; start < full; start += ROWS_PER_INSERT) {
                        bindRows(ps, rows.subList(start, start + ROWS_PER_INSERT), width);
                        ps.executeUpdate();
                    }
                }
            }
            if (full < rows.size()) {
                try (PreparedStatement ps = connection.prepareStatement(multiRow(head, tail, width, rows.size() - full))) {
                    bindRows(ps, rows.subList(full, rows.size()), width);
                    ps.executeUpdate();
                }
            }
            return null;
        });
    }

    private static String multiRow(String head, String tail, int width, int count) {
        String one = "(" + String.join(", ", java.util.Collections.nCopies(width, "?")) + ")";
        return head + " VALUES " + String.join(", ", java.util.Collections.nCopies(count, one)) + " " + tail;
    }

    private static void bindRows(PreparedStatement ps, List<Object[]> rows, int width) throws SQLException {
        Object[] all = new Object[rows.size() * width];
        for (int r = 0; r < rows.size(); r++) {
            System.arraycopy(rows.get(r), 0, all, r * width, width);
        }
        bind(ps, all);
    }

    /**
     * Runs bulk writes to {@code table} with its secondary indexes dropped, then rebuilds them from
     * their own stored definitions, all in one transaction. Building an index by sorting is several
     * times cheaper than updating it row by row when a 100,000-case import appends to it.
     */
    synchronized <T> T withoutIndexes(String table, SqlWork<T> work) {
        if (dialect != Dialect.SQLITE) {
            // A server round is loaded by publish, not by imports of this size; keep its indexes.
            return inTransaction(work);
        }
        return inTransaction(() -> {
            List<String[]> indexes = query("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = ? AND sql IS NOT NULL",
                    rs -> new String[] {rs.getString(1), rs.getString(2)}, table);
            try (Statement s = connection.createStatement()) {
                for (String[] index : indexes) {
                    // The name comes from sqlite_master, never from input.
                    s.execute("DROP INDEX \"" + index[0].replace("\"", "\"\"") + "\"");
                }
                T result = work.run();
                for (String[] index : indexes) {
                    s.execute(index[1]);
                }
                return result;
            }
        });
    }

    /**
     * Runs work in one transaction; commits when the outermost call returns, rolls back on any
     * failure. When this returns, the commit is on disk (synchronous=FULL).
     *
     * <p>When another program holds the file's write lock for longer than the busy timeout, the
     * outermost transaction is rolled back and run again, a few times, before the failure is
     * reported. The work may therefore run more than once: it must only touch the database.
     */
    synchronized <T> T inTransaction(SqlWork<T> work) {
        if (depth > 0) {
            return nested(work);
        }
        for (int attempt = 1; ; attempt++) {
            try {
                return outermost(work);
            } catch (StoreBusyException e) {
                if (attempt >= BUSY_ATTEMPTS) {
                    throw e;
                }
                pause(attempt);
            }
        }
    }

    /**
     * Like {@link #inTransaction} but keeps the work's writes only when {@code keep} accepts its result;
     * otherwise they are rolled back and the result is returned all the same. Lets an import write
     * as it checks and still leave the file untouched when a late row turns out wrong. Inside a
     * caller's transaction a savepoint undoes just this work.
     */
    synchronized <T> T inTransactionKeepingIf(SqlWork<T> work, java.util.function.Predicate<? super T> keep) {
        if (depth > 0) {
            execute("SAVEPOINT kept_if");
            T result;
            try {
                result = nested(work);
            } catch (RuntimeException e) {
                execute("ROLLBACK TO kept_if");
                execute("RELEASE kept_if");
                throw e;
            }
            if (!keep.test(result)) {
                execute("ROLLBACK TO kept_if");
            }
            execute("RELEASE kept_if");
            return result;
        }
        try {
            return inTransaction(() -> {
                T result = work.run();
                if (!keep.test(result)) {
                    throw new Discarded(result);
                }
                return result;
            });
        } catch (Discarded d) {
            @SuppressWarnings("unchecked")
            T result = (T) d.result;
            return result;
        }
    }

    /** Carries a result out of a transaction that is rolled back on purpose. */
    private static final class Discarded extends RuntimeException {
        private final transient Object result;

        Discarded(Object result) {
            super("rolled back on purpose", null, false, false);
            this.result = result;
        }
    }

    private <T> T nested(SqlWork<T> work) {
        depth++;
        try {
            return work.run();
        } catch (SQLException e) {
            throw SqlErrors.translate("Writing to the review file", e);
        } finally {
            depth--;
        }
    }

    /*
     * BEGIN and COMMIT are issued here rather than through JDBC's setAutoCommit/commit: the driver's
     * commit() immediately begins the next IMMEDIATE transaction, which can fail with SQLITE_BUSY
     * after our data was already committed, and a failed BEGIN leaves its auto-commit flag wrong.
     * Immediate transactions take the write lock before the work reads anything, so two processes
     * never both read a value and then overwrite each other's update.
     */
    private <T> T outermost(SqlWork<T> work) {
        begin(readOnlyReason == null ? dialect.beginWrite() : "BEGIN");
        depth = 1;
        try {
            // The commit ledger guards a file against stale copies (docs/data-safety.md); a server
            // round has one copy, so it is counted in files only.
            boolean counted = dialect == Dialect.SQLITE;
            long changesBefore = counted ? totalChanges() : 0;
            T result = work.run();
            CommitLedger.Commit commit = counted && totalChanges() != changesBefore ? countCommit() : null;
            if (dialect.announceChange() != null) {
                execute(dialect.announceChange());
            }
            execute("COMMIT");
            if (commit != null) {
                afterCommit.accept(commit);
            }
            return result;
        } catch (Discarded e) {
            rollbackQuietly();
            throw e;
        } catch (SQLException | RuntimeException e) {
            rollbackQuietly();
            StoreException failure = SqlErrors.translate("Writing to the review file", e);
            SqlErrors.writeFailure(failure).ifPresent(this::becomeReadOnly);
            throw failure;
        } finally {
            depth = 0;
        }
    }

    /** Called after each commit that changed the file, with the file's new commit count. */
    synchronized void onCommit(java.util.function.Consumer<CommitLedger.Commit> listener) {
        this.afterCommit = listener;
    }

    private long totalChanges() throws SQLException {
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery("SELECT total_changes()")) {
            return rs.next() ? rs.getLong(1) : 0;
        }
    }

    /** Counts this commit inside the file itself (see {@link CommitLedger}), in the same transaction. */
    private CommitLedger.Commit countCommit() throws SQLException {
        java.time.Instant now = java.time.Instant.now();
        try (PreparedStatement ps = connection.prepareStatement("INSERT INTO setting (key, value) VALUES (?, '1')"
                + " ON CONFLICT (key) DO UPDATE SET value = CAST(value AS INTEGER) + 1")) {
            ps.setString(1, CommitLedger.COUNTER_KEY);
            ps.executeUpdate();
        }
        try (PreparedStatement ps = connection.prepareStatement("INSERT INTO setting (key, value) VALUES (?, ?)"
                + " ON CONFLICT (key) DO UPDATE SET value = excluded.value")) {
            ps.setString(1, CommitLedger.TIME_KEY);
            ps.setString(2, now.toString());
            ps.executeUpdate();
        }
        long counter = queryOne("SELECT value FROM setting WHERE key = ?", rs -> rs.getLong(1), CommitLedger.COUNTER_KEY)
                .orElse(0L);
        return new CommitLedger.Commit(counter, now);
    }

    /** Starts the outermost transaction; a broken server connection is replaced first, as nothing has been sent. */
    private void begin(String sql) {
        try (Statement s = connection.createStatement()) {
            s.execute(sql);
            return;
        } catch (SQLException e) {
            if (!reconnectAfter(e)) {
                throw failedBegin(e);
            }
        }
        try (Statement s = connection.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw failedBegin(e);
        }
    }

    /**
     * On a server BEGIN is sent with the round's write lock (Dialect.beginWrite): when the lock is not
     * granted, the transaction it opened is closed here, or the connection would refuse every later
     * statement. (A file's failed BEGIN IMMEDIATE opened none; the rollback then does nothing.)
     */
    private StoreException failedBegin(SQLException e) {
        rollbackQuietly();
        return SqlErrors.translate("Writing to the review file", e);
    }

    private void execute(String sql) {
        try (Statement s = connection.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw SqlErrors.translate("Writing to the review file", e);
        }
    }

    private static void pause(int attempt) {
        try {
            Thread.sleep(BUSY_BACKOFF_MS * (1L << (attempt - 1)));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreException("Interrupted while waiting for another program to finish writing.", e);
        }
    }

    private void rollbackQuietly() {
        try (Statement s = connection.createStatement()) {
            s.execute("ROLLBACK");
        } catch (SQLException ignored) {
            // SQLite may already have rolled back (e.g. after SQLITE_FULL); the original failure is what matters.
        }
    }

    private void beforeWrite(String sql) throws SQLException {
        requireWritable();
        faults.beforeWrite(sql);
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
