package kr.sangsaeng.review.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.UUID;
import java.util.stream.Stream;
import kr.sangsaeng.review.demo.DemoRound;
import kr.sangsaeng.review.model.Round;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * A round opened in a review file or on the test server, so that the same store or service test
 * runs against both dialects (use with {@code @ParameterizedClass @EnumSource(TestStores.Backend.class)};
 * service tests reach it through {@code service.TestRounds}). On the server the round lives in a
 * fresh database, dropped at close: the demo round is published there from a demo file, an empty
 * round is created there directly. Without a server the server case is skipped, and under
 * {@code CI=true} it fails, as in {@link TestServer}.
 */
public final class TestStores implements AutoCloseable {
    public enum Backend { FILE, SERVER }

    private final Backend backend;
    private final Path file;
    private final ServerAddress server;
    private ReviewStore store;

    private TestStores(Backend backend, Path file, ServerAddress server, ReviewStore store) {
        this.backend = backend;
        this.file = file;
        this.server = server;
        this.store = store;
    }

    /** The bundled demo round, as a file in {@code dir} or published to a fresh server database. */
    public static TestStores demo(Backend backend, Path dir) throws Exception {
        if (backend == Backend.FILE) {
            Path file = dir.resolve("demo.sangsaeng");
            return new TestStores(backend, file, null, DemoRound.createAt(file));
        }
        ServerAddress server = freshDatabase();
        RoundTransfer.publish(demoToPublish(), server);
        return new TestStores(backend, null, server, ReviewStore.openServer(server));
    }

    private static Path demoToPublish;

    /**
     * One demo file for every server round of the test run: publish only reads it, and building it
     * again would cost each server test a tenth of a second.
     */
    private static synchronized Path demoToPublish() throws Exception {
        if (demoToPublish == null) {
            Path folder = Files.createTempDirectory("sangsaeng-demo");
            Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteQuietly(folder)));
            Path file = folder.resolve("demo.sangsaeng");
            DemoRound.createAt(file).close();
            demoToPublish = file;
        }
        return demoToPublish;
    }

    private static void deleteQuietly(Path folder) {
        try (Stream<Path> paths = Files.walk(folder)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // A temporary folder left behind is harmless.
        }
    }

    /** A round with nothing in it but {@code round}: a new file in {@code dir}, or a new server round. */
    public static TestStores empty(Backend backend, Path dir, Round round) throws Exception {
        if (backend == Backend.FILE) {
            Path file = dir.resolve("round.sangsaeng");
            return new TestStores(backend, file, null, ReviewStore.create(file, round));
        }
        ServerAddress server = freshDatabase();
        return new TestStores(backend, null, server, ReviewStore.createOnServer(server, round));
    }

    private static ServerAddress freshDatabase() throws SQLException {
        ServerAddress base = TestServer.configured();
        if (base == null) {
            if (TestServer.underCi()) {
                Assertions.fail("CI=true but no PostgreSQL server is configured: set " + TestServer.VARIABLE);
            }
            Assumptions.abort("no PostgreSQL server configured (" + TestServer.VARIABLE + ")");
        }
        String name = "t_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        TestServer.createDatabase(base, name);
        return base.withDatabase(name);
    }

    public Backend backend() {
        return backend;
    }

    public ReviewStore store() {
        return store;
    }

    /** Closes and opens the round again, as a new program would. */
    public ReviewStore reopen() throws ReviewFileException {
        store.close();
        store = open();
        return store;
    }

    /** A second store on the same round, as another window or program has; the caller closes it. */
    public ReviewStore open() throws ReviewFileException {
        return backend == Backend.FILE ? ReviewStore.open(file) : ReviewStore.openServer(server);
    }

    /** The name an audit row carries for {@code given}: as given in a file; the database login on a server. */
    public String auditName(String given) {
        return backend == Backend.FILE ? given : server.user();
    }

    /** A connection of its own, which sees only committed data. */
    public Connection independentConnection() throws SQLException {
        return backend == Backend.FILE ? DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath()) : server.connect();
    }

    /**
     * Returns once another connection is waiting for a lock on this round, so that a test can let a
     * write land while a change it started waits. On a server pg_stat_activity shows the wait; a
     * file's busy wait happens inside SQLite and cannot be seen from outside, so there this returns
     * after a pause long enough for the waiting call to have got there.
     */
    public void awaitAWaitingConnection() throws Exception {
        if (backend == Backend.FILE) {
            Thread.sleep(600);
            return;
        }
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(20);
        try (Connection c = server.connect(); Statement s = c.createStatement()) {
            while (System.nanoTime() < deadline) {
                try (java.sql.ResultSet rs = s.executeQuery("SELECT count(*) FROM pg_stat_activity"
                        + " WHERE datname = current_database() AND wait_event_type = 'Lock'")) {
                    rs.next();
                    if (rs.getInt(1) > 0) {
                        return;
                    }
                }
                Thread.sleep(20);
            }
        }
        Assertions.fail("no connection came to wait for a lock on the round");
    }

    /** The server round's address; null for a file. */
    public ServerAddress server() {
        return server;
    }

    @Override
    public void close() throws SQLException {
        store.close();
        if (server != null) {
            try (Connection c = TestServer.configured().connect(); Statement s = c.createStatement()) {
                s.execute("DROP DATABASE IF EXISTS " + server.database() + " WITH (FORCE)");
            }
        }
    }
}
