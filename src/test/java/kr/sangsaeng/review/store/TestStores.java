package kr.sangsaeng.review.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import kr.sangsaeng.review.demo.DemoRound;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * The demo round opened in a review file or on the test server, so that the same store test runs
 * against both dialects (use with {@code @ParameterizedClass @EnumSource(TestStores.Backend.class)}).
 * On the server the round is published from a demo file into a fresh database, dropped at close.
 * Without a server the server case is skipped, and under {@code CI=true} it fails, as in {@link TestServer}.
 */
final class TestStores implements AutoCloseable {
    enum Backend { FILE, SERVER }

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

    static TestStores demo(Backend backend, Path dir) throws Exception {
        Path file = dir.resolve("demo.sangsaeng");
        ReviewStore local = DemoRound.createAt(file);
        if (backend == Backend.FILE) {
            return new TestStores(backend, file, null, local);
        }
        local.close();
        ServerAddress base = TestServer.configured();
        if (base == null) {
            if (TestServer.underCi()) {
                Assertions.fail("CI=true but no PostgreSQL server is configured: set " + TestServer.VARIABLE);
            }
            Assumptions.abort("no PostgreSQL server configured (" + TestServer.VARIABLE + ")");
        }
        String name = "t_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        TestServer.createDatabase(base, name);
        ServerAddress server = base.withDatabase(name);
        RoundTransfer.publish(file, server);
        return new TestStores(backend, null, server, ReviewStore.openServer(server));
    }

    ReviewStore store() {
        return store;
    }

    /** Closes and opens the round again, as a new program would. */
    ReviewStore reopen() throws ReviewFileException {
        store.close();
        store = backend == Backend.FILE ? ReviewStore.open(file) : ReviewStore.openServer(server);
        return store;
    }

    /** The name an audit row carries for {@code given}: as given in a file; the database login on a server. */
    String auditName(String given) {
        return backend == Backend.FILE ? given : server.user();
    }

    /** A connection of its own, which sees only committed data. */
    Connection independentConnection() throws SQLException {
        return backend == Backend.FILE ? DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath()) : server.connect();
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
