package kr.sangsaeng.review.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import kr.sangsaeng.review.model.Round;
import kr.sangsaeng.review.store.ReviewFileException.Problem;

/**
 * An open review file: one SQLite connection and the DAOs over it. Opening checks the file first
 * (see {@link FileInspector}), backs it up before a migration, then opens it read-write.
 * Not for use from several threads at once: callers route work through one executor.
 */
public final class ReviewStore implements AutoCloseable {
    private final Path file;
    /** Set for a round on a PostgreSQL server (then {@link #file} is null); docs/server-mode.md. */
    private final ServerAddress server;
    /** See {@link #roundIdentity()}; set once by {@link #openServer(ServerAddress, char[])}. */
    private String roundIdentity;
    /** The password the user typed for {@link #server}, or null (PGPASSWORD, ~/.pgpass); kept in memory only. */
    private final char[] password;
    private final Db db;
    private final AuditDao audit;
    private Optional<String> staleWarning = Optional.empty();
    /** For a server round: the other programs' commits and the connection's state (null for a file). */
    private ServerChanges changes;

    private ReviewStore(Path file, Connection connection) {
        this.file = file;
        this.server = null;
        this.password = null;
        this.db = new Db(connection);
        this.db.sideReadsWith(() -> Connections.readOnly(file));
        this.audit = new AuditDao(db);
    }

    private ReviewStore(ServerAddress server, Connection connection) {
        this(server, connection, null);
    }

    /** {@code password} as typed by the user, or null for PGPASSWORD / ~/.pgpass; kept for reconnecting. */
    private ReviewStore(ServerAddress server, Connection connection, char[] password) {
        this.file = null;
        this.server = server;
        this.password = password;
        this.db = new Db(connection, Dialect.POSTGRESQL);
        this.db.reconnectWith(() -> reconnected(sameRound(server.connect(password))));
        // A second reader takes over the first connection's snapshot, which the server refuses across
        // databases, so it needs no round check; and it is not this store's connection for the change
        // listener, so it goes around reconnected().
        this.db.sideReadsWith(() -> server.connect(password));
        this.audit = new AuditDao(db);
    }

    /** Tells the change listener the new connection's process, so this store's own commits stay its own. */
    private Connection reconnected(Connection fresh) throws SQLException {
        if (changes != null) {
            changes.ownProcess(backendProcess(fresh));
        }
        return fresh;
    }

    /**
     * Creates the round's schema in an empty database on a PostgreSQL server and stores the round.
     * Refuses a database that already holds a round (or any other tables): a round is never mixed
     * into, or written over, another.
     */
    public static ReviewStore createOnServer(ServerAddress server, Round round) throws ReviewFileException {
        Connection c = connectTo(server);
        try {
            if (ServerSchema.version(c) > 0 || hasTables(c)) {
                throw new ReviewFileException(Problem.IO, null, server + " already holds a round or other tables;"
                        + " publish into a new, empty database.", null);
            }
            ServerSchema.migrate(c);
            ReviewStore store = new ReviewStore(server, c);
            store.round().put(round);
            return store;
        } catch (SQLException | RuntimeException e) {
            closeQuietly(c);
            throw serverFailure(server, "Cannot create the round on ", e);
        } catch (ReviewFileException e) {
            closeQuietly(c);
            throw e;
        }
    }

    /** Opens the round on a PostgreSQL server, bringing an older schema up to date first. */
    public static ReviewStore openServer(ServerAddress server) throws ReviewFileException {
        return openServer(server, null);
    }

    /**
     * The same with a password the user typed (kept in memory for reconnecting, never written or
     * logged); with null, from PGPASSWORD or ~/.pgpass. The store then listens for other programs'
     * commits ({@link #dataVersion()}, {@link #watch}).
     */
    public static ReviewStore openServer(ServerAddress server, char[] password) throws ReviewFileException {
        Connection c = connectTo(server, password);
        try {
            int version = ServerSchema.version(c);
            if (version == 0) {
                throw new ServerException(ServerException.Reason.NOT_A_ROUND, server.toString(), server
                        + " holds no round; publish one there first.", null);
            }
            if (version > ServerSchema.LATEST_VERSION) {
                throw new ReviewFileException(Problem.NEWER_VERSION, null, server + " holds a round from a newer version"
                        + " of the app (schema " + version + "). Update the app.", null);
            }
            if (ServerSchema.behind(c)) {
                ServerSchema.migrate(c);
            }
            ReviewStore store = new ReviewStore(server, c, password);
            store.roundIdentity = ServerSchema.identity(c);
            store.listen(password, backendProcess(c));
            return store;
        } catch (ServerException e) {
            closeQuietly(c);
            throw e;
        } catch (SQLException | RuntimeException e) {
            closeQuietly(c);
            throw serverFailure(server, "Cannot open ", e);
        } catch (ReviewFileException e) {
            closeQuietly(c);
            throw e;
        }
    }

    private static Connection connectTo(ServerAddress server) throws ReviewFileException {
        try {
            return server.connect();
        } catch (SQLException e) {
            throw serverFailure(server, "Cannot connect to ", e);
        }
    }

    private static Connection connectTo(ServerAddress server, char[] password) {
        try {
            return server.connect(password);
        } catch (SQLException e) {
            // The driver's messages name host, port, user and database, never the password.
            throw new ServerException(ServerException.reasonForConnecting(e), server.toString(),
                    "Cannot connect to " + server + ": " + e.getMessage(), e);
        }
    }

    private void listen(char[] password, int ownProcess) throws SQLException {
        ServerChanges.Reconnect reconnect = () -> {
            Connection fresh = sameRound(server.connect(password));
            db.replaceConnection(fresh);
            return backendProcess(fresh);
        };
        changes = new ServerChanges(server, password, ownProcess, reconnect);
    }

    /**
     * {@code fresh}, unless the database at this address now holds another round than the one opened
     * (dropped and published again meanwhile): then it is closed and refused as a lost connection, so
     * the changes this window keeps, made on the old round's ids, are never sent to the new one. The
     * window stays read-only until it is closed; opening the round again sets its journal aside
     * (docs/server-mode.md, "Kept on this computer").
     */
    private Connection sameRound(Connection fresh) throws SQLException {
        String now;
        try {
            now = ServerSchema.identity(fresh);
        } catch (SQLException e) {
            closeQuietly(fresh);
            throw e;
        }
        if (roundIdentity != null && !roundIdentity.equals(now)) {
            closeQuietly(fresh);
            throw new SQLException(server + " now holds another round than the one opened (it was published again)",
                    "08006");
        }
        return fresh;
    }

    private static int backendProcess(Connection c) throws SQLException {
        try (java.sql.Statement s = c.createStatement(); java.sql.ResultSet rs = s.executeQuery("SELECT pg_backend_pid()")) {
            rs.next();
            return rs.getInt(1);
        }
    }

    /**
     * Starts listening (once) and tells {@code onChange} (on a background thread) when another program commits to this server
     * round, and {@code onConnection} when the connection to the server is lost (false) or back
     * (true). Does nothing for a review file, whose changes {@link #dataVersion()} shows.
     */
    public void watch(Runnable onChange, java.util.function.Consumer<Boolean> onConnection) {
        if (changes == null) {
            return;
        }
        // Listening costs a second connection, so only a window that watches opens it, not every
        // command (a load test of fifty reviewers would otherwise hold a hundred connections).
        if (!changes.isStarted()) {
            try {
                changes.start();
            } catch (SQLException e) {
                throw new ServerException(ServerException.reasonForConnecting(e), server.toString(),
                        "Cannot listen for changes on " + server + ": " + e.getMessage(), e);
            }
        }
        changes.watch(new ServerChanges.Watcher() {
            @Override
            public void changed() {
                onChange.run();
            }

            @Override
            public void connection(boolean up) {
                onConnection.accept(up);
            }
        });
    }

    /** False while the server round's connection is lost; always true for a file. */
    public boolean isConnected() {
        return changes == null || changes.isUp();
    }

    private static boolean hasTables(Connection c) throws SQLException {
        try (java.sql.Statement s = c.createStatement(); java.sql.ResultSet rs = s.executeQuery(
                "SELECT count(*) FROM pg_tables WHERE schemaname = current_schema()")) {
            return rs.next() && rs.getInt(1) > 0;
        }
    }

    private static ReviewFileException serverFailure(ServerAddress server, String doing, Exception e) {
        // The driver's messages name host, port, user and database, never the password.
        return new ReviewFileException(Problem.IO, null, doing + server + ": " + e.getMessage(), e);
    }

    private static void closeQuietly(Connection c) {
        try {
            c.close();
        } catch (SQLException ignored) {
            // The failure being reported matters more.
        }
    }

    /** Creates a new review file holding an empty round. Refuses to overwrite an existing file. */
    public static ReviewStore create(Path file, Round round) throws ReviewFileException {
        if (Files.exists(file)) {
            throw new ReviewFileException(Problem.IO, file, file + " already exists.", null);
        }
        try {
            Path parent = file.toAbsolutePath().getParent();
            Files.createDirectories(parent);
            FilePermissions.createOwnerOnly(file);
            Connection c = Connections.readWrite(file);
            Migrations.migrate(c, 0);
            ReviewStore store = new ReviewStore(file, c);
            store.recordCommits();
            store.round().put(round);
            return store;
        } catch (IOException | SQLException e) {
            throw new ReviewFileException(Problem.IO, file, "Cannot create " + file + ": " + e.getMessage(), e);
        }
    }

    /** Opens an existing review file, refusing (and never touching) one we cannot read safely. */
    public static ReviewStore open(Path file) throws ReviewFileException {
        // The full check, not the quick one: nothing may be written to a file with a broken index.
        FileInspector.Inspection inspection = FileInspector.inspect(file, FileInspector.Depth.BEFORE_WRITING);
        java.util.Optional<String> whyNot = WriteAccess.whyNot(file);
        if (whyNot.isPresent()) {
            return openedReadOnly(file, inspection, whyNot.get());
        }
        try {
            if (inspection.schemaVersion() < Schema.LATEST_VERSION) {
                Backups.create(file, "before-v" + Schema.LATEST_VERSION);
            }
            Connection c = Connections.readWrite(file);
            Migrations.migrate(c, inspection.schemaVersion());
            ReviewStore store = new ReviewStore(file, c);
            store.staleWarning = CommitLedger.staleWarning(file, store.lastCommit(), CommitLedger.lastWritten(file));
            store.recordCommits();
            return store;
        } catch (IOException | SQLException e) {
            throw new ReviewFileException(Problem.IO, file, "Cannot open " + file + ": " + e.getMessage(), e);
        }
    }

    /** A healthy file that cannot be written where it is: readable, every change refused with the reason. */
    private static ReviewStore openedReadOnly(Path file, FileInspector.Inspection inspection, String why)
            throws ReviewFileException {
        if (inspection.schemaVersion() < Schema.LATEST_VERSION) {
            throw new ReviewFileException(Problem.IO, file, file.getFileName() + " needs an upgrade to open, but "
                    + why + ". Copy it to a folder you can write to and open it there.", null);
        }
        try {
            ReviewStore store = new ReviewStore(file, Connections.readOnly(file));
            store.db.openedReadOnly(why);
            return store;
        } catch (SQLException e) {
            throw new ReviewFileException(Problem.IO, file, "Cannot open " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * Opens an existing review file for reading only, for reports such as {@code rank}: it is never
     * migrated, backed up or written, so a report cannot change the file it reports on. A file that
     * needs an upgrade is refused; opening it in the app upgrades it (after a backup). Checked here
     * are the header, application id, version and schema ({@link FileInspector.Depth#READING}),
     * not every page: a damaged page that a read touches makes that read fail, and the caller can
     * then run {@link #quickCheck} to tell the user the file is damaged. The whole-file check stays
     * in {@link #open}, before anything may be written.
     */
    public static ReviewStore openReadOnly(Path file) throws ReviewFileException {
        FileInspector.Inspection inspection = FileInspector.inspect(file, FileInspector.Depth.READING);
        if (inspection.schemaVersion() < Schema.LATEST_VERSION) {
            throw new ReviewFileException(Problem.IO, file, file.getFileName() + " was written by an older version;"
                    + " open it once in the app to upgrade it.", null);
        }
        try {
            return new ReviewStore(file, Connections.readOnly(file));
        } catch (SQLException e) {
            throw new ReviewFileException(Problem.IO, file, "Cannot open " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * Runs the check {@link #open} runs ({@code PRAGMA quick_check}, on its own read-only
     * connection) and refuses a damaged file with {@link Problem#DAMAGED}.
     */
    public static void quickCheck(Path file) throws ReviewFileException {
        FileInspector.inspect(file, FileInspector.Depth.QUICK);
    }

    /** The review file; null for a round on a server (see {@link #server()}). */
    public Path file() {
        return file;
    }

    /** The server the round lives on, empty for a review file. */
    public Optional<ServerAddress> server() {
        return Optional.ofNullable(server);
    }

    /**
     * For a server round, what tells it from another round published later at the same address (the
     * time its schema was created there), read when it was opened; empty for a file, or a server
     * round that records none. docs/server-mode.md, "Kept on this computer".
     */
    public Optional<String> roundIdentity() {
        return Optional.ofNullable(roundIdentity);
    }

    /** Where the round lives, for messages: the file's path or the server address (never a password). */
    public String location() {
        return server != null ? server.toString() : file.toString();
    }

    /**
     * Set when the file opened older than what this computer last saved to it (a stale copy or log):
     * the sentence to show before anyone works on it. See docs/data-safety.md.
     */
    public Optional<String> staleWarning() {
        return staleWarning;
    }

    private Optional<CommitLedger.Commit> lastCommit() {
        Optional<String> counter = settings().get(CommitLedger.COUNTER_KEY);
        Optional<String> at = settings().get(CommitLedger.TIME_KEY);
        return counter.isPresent() && at.isPresent() ? CommitLedger.parse(counter.get() + " " + at.get()) : Optional.empty();
    }

    private void recordCommits() {
        db.onCommit(commit -> CommitLedger.record(file, commit));
    }

    public RoundDao round() {
        return new RoundDao(db, audit);
    }

    public SubmissionDao submissions() {
        return new SubmissionDao(db);
    }

    public MetricDao metrics() {
        return new MetricDao(db, audit);
    }

    public CriterionDao criteria() {
        return new CriterionDao(db);
    }

    public ReviewerDao reviewers() {
        return new ReviewerDao(db);
    }

    public ScoreDao scores() {
        return new ScoreDao(db, audit);
    }

    public ReviewDao reviews() {
        return new ReviewDao(db, audit);
    }

    public DecisionDao decisions() {
        return new DecisionDao(db, audit);
    }

    public DocumentDao documents() {
        return new DocumentDao(db, audit);
    }

    public EvidencePinDao pins() {
        return new EvidencePinDao(db, audit);
    }

    /** The secretary's role management on a server round; refused for a review file. */
    public ServerRoles serverRoles() {
        if (server == null) {
            throw new IllegalStateException("Roles exist only for a round on a server.");
        }
        return new ServerRoles(db, audit);
    }

    public AuditDao audit() {
        return audit;
    }

    public SettingDao settings() {
        return new SettingDao(db, audit);
    }

    /** Batch loading of a whole round into this (empty) file, for synthetic rounds. */
    public BulkWriter bulk() {
        return new BulkWriter(db);
    }

    public PledgeDao pledge() {
        return new PledgeDao(db, audit);
    }

    /** The meeting's agenda in the chair's order. */
    public AgendaDao agenda() {
        return new AgendaDao(db, audit);
    }

    public ConflictDao conflicts() {
        return new ConflictDao(db, audit);
    }

    public CaseNoteDao notes() {
        return new CaseNoteDao(db, audit);
    }

    public DecisionRecordDao decisionRecords() {
        return new DecisionRecordDao(db, audit);
    }

    /** Runs work in one transaction: all of it is saved, or none of it. */
    public <T> T inTransaction(Supplier<T> work) {
        return db.inTransaction(work::get);
    }

    /**
     * Runs reads that must all see the round at one moment: on a server round in one read-only
     * snapshot, so a write committed meanwhile shows in none of them; on a file as they are (the
     * file's readers check {@link #dataVersion()} and read again).
     */
    public <T> T readAtOneMoment(Supplier<T> work) {
        return db.readAtOneMoment(work);
    }

    /**
     * Runs work in one transaction and keeps what it wrote only when {@code keep} accepts its result;
     * otherwise all of it is rolled back, and the result is returned all the same.
     */
    public <T> T inTransactionKeepingIf(Supplier<T> work, java.util.function.Predicate<? super T> keep) {
        return db.inTransactionKeepingIf(work::get, keep);
    }

    /**
     * Runs bulk writes with the secondary indexes of {@code tables} dropped, rebuilding them at the
     * end in the same transaction: building an index once by sorting costs less than updating it
     * row by row while 100,000 rows go in.
     */
    public <T> T withoutIndexes(List<String> tables, Supplier<T> work) {
        if (tables.isEmpty()) {
            return inTransaction(work);
        }
        return db.withoutIndexes(tables.get(0), () -> withoutIndexes(tables.subList(1, tables.size()), work));
    }

    public void inTransaction(Runnable work) {
        db.inTransaction(() -> {
            work.run();
            return null;
        });
    }

    /** Writes a consistent copy of the open file (SQLite online backup) to {@code target}. */
    public void saveCopy(Path target) throws IOException {
        if (server != null) {
            archiveTo(target);
            return;
        }
        try {
            if (!Files.exists(target)) {
                // Created private before any score is copied into it, not tightened afterwards.
                FilePermissions.createOwnerOnly(target);
            }
            db.connection().unwrap(org.sqlite.SQLiteConnection.class).getDatabase()
                    .backup("main", target.toAbsolutePath().toString(), null);
            FilePermissions.ownerOnly(target);
        } catch (SQLException e) {
            throw new IOException("Cannot save a copy to " + target + ": " + e.getMessage(), e);
        }
    }

    /**
     * A server round's copy is its archive: one snapshot of the whole round in a new review file
     * (docs/server-mode.md, "Publish and archive"), written beside {@code target} and then moved over
     * it, so a copy chosen over an older one replaces it whole or not at all.
     */
    private void archiveTo(Path target) throws IOException {
        Path partial = target.resolveSibling(target.getFileName() + ".part");
        Files.deleteIfExists(partial);
        try {
            RoundTransfer.archive(server, password, partial);
            Files.move(partial, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                    java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } catch (ReviewFileException e) {
            throw new IOException(e.getMessage(), e);
        } finally {
            Files.deleteIfExists(partial);
        }
    }

    /**
     * True once a write failed because the disk could not take it (full, I/O error, read-only
     * medium): every later write is refused with {@link ReadOnlyStoreException}; reads still work.
     * Opening the file again starts afresh.
     */
    public boolean isReadOnly() {
        return db.isReadOnly();
    }

    /**
     * SQLite's {@code PRAGMA data_version} for this connection (for a server round, the count of other
     * programs' commits announced by NOTIFY once {@link #watch} started listening, see {@link ServerChanges}): it changes whenever another
     * connection (another window or program) commits to the file, and never for our own writes.
     * Cheap enough to poll every few seconds.
     */
    public long dataVersion() {
        if (server != null) {
            return changes == null ? 0 : changes.version();
        }
        return db.queryOne("PRAGMA data_version", rs -> rs.getLong(1)).orElse(0L);
    }

    /**
     * Copies every committed change from the write-ahead log into the review file itself, so that
     * the file's bytes hold the whole round (an export hashes them). Returns false when another
     * connection kept the checkpoint from finishing; the file is then not yet complete.
     */
    public boolean checkpoint() {
        if (server != null) {
            return true; // A server has no write-ahead log of ours to fold in.
        }
        // Columns: busy, frames in the log, frames copied; -1/-1 when the file is not in WAL mode.
        return db.queryOne("PRAGMA wal_checkpoint(FULL)", rs -> rs.getInt(1) == 0 && rs.getInt(2) == rs.getInt(3))
                .orElse(false);
    }

    /** The health and contents of the open file or server round (a server round has no pragmas to read). */
    public HealthReport health() {
        return server != null ? HealthReport.ofServer(db) : HealthReport.of(db);
    }

    /** The schema version of a server round this app writes (docs/server-mode.md). */
    public static final int SERVER_SCHEMA_VERSION = ServerSchema.LATEST_VERSION;

    /** Checks a server round without migrating or changing it. */
    public static HealthReport checkServer(ServerAddress server) throws ReviewFileException {
        try (Db db = new Db(connectTo(server), Dialect.POSTGRESQL)) {
            return HealthReport.ofServer(db);
        } catch (StoreException e) {
            throw serverFailure(server, "Cannot check ", e);
        }
    }

    /** Checks a file without opening it for writing: nothing in it changes, even when it is old. */
    public static HealthReport check(Path file) throws ReviewFileException {
        SideFiles before = SideFiles.of(file);
        FileInspector.inspect(file);
        HealthReport report;
        try (Db readOnly = new Db(Connections.readOnly(file))) {
            report = HealthReport.of(readOnly);
        } catch (SQLException e) {
            before.removeCreatedSince();
            throw new ReviewFileException(Problem.DAMAGED, file, file.getFileName() + " cannot be read: " + e.getMessage(), e);
        }
        if (!report.healthy()) {
            before.removeCreatedSince();
        }
        return report;
    }

    /** The underlying connection, for the store's own tests of pragmas and durability. */
    java.sql.Connection connection() {
        return db.connection();
    }

    /** For tests of failure handling: makes chosen writes fail. */
    public void setWriteFaults(WriteFaults faults) {
        db.setWriteFaults(faults);
    }

    @Override
    public void close() {
        if (changes != null) {
            changes.close();
        }
        db.close();
    }
}
