package kr.sangsaeng.review.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Gives a server test a fresh, empty database on the test PostgreSQL server named by
 * {@code SANGSAENG_TEST_PG} (as {@code .ci/pg-cluster.sh start} prints it) and drops it afterwards.
 * Use with {@code @ExtendWith(TestServer.class)} and a {@link ServerAddress} parameter.
 * Without a server the test is skipped, except under {@code CI=true}, where it fails: the server
 * tests must run in CI (docs/server-mode.md).
 */
public final class TestServer implements ExecutionCondition, ParameterResolver, AfterEachCallback {
    public static final String VARIABLE = "SANGSAENG_TEST_PG";
    private static final ExtensionContext.Namespace NS = ExtensionContext.Namespace.create(TestServer.class);

    /** The configured server's address, or null. */
    public static ServerAddress configured() {
        String url = System.getenv(VARIABLE);
        return url == null || url.isBlank() ? null : ServerAddress.parse(url);
    }

    /** The test cluster's folder as {@code .ci/pg-cluster.sh start} prints it, or null. */
    public static Path clusterDir() {
        String dir = System.getenv("SANGSAENG_TEST_PG_DIR");
        return dir == null || dir.isBlank() ? null : Path.of(dir);
    }

    /**
     * Restarts the test cluster (fast shutdown: open sessions are ended, as in a server restart) and
     * waits until it accepts connections again. As root, pg_ctl runs as the postgres user, as the
     * cluster script does.
     */
    public static void restart() {
        String pgCtl = "$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)/pg_ctl";
        String command = pgCtl + " -D '" + clusterDir().resolve("data") + "' -m fast -w restart >/dev/null";
        if ("root".equals(System.getProperty("user.name"))) {
            command = "su postgres -s /bin/sh -c \"" + command.replace("\"", "\\\"") + "\"";
        }
        try {
            Process p = new ProcessBuilder("bash", "-c", command).redirectErrorStream(true).start();
            String output = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            if (p.waitFor() != 0) {
                throw new IllegalStateException("pg_ctl restart failed: " + output);
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static boolean underCi() {
        return "true".equalsIgnoreCase(System.getenv("CI"));
    }

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        if (configured() != null || underCi()) {
            return ConditionEvaluationResult.enabled("server configured, or CI requires one");
        }
        return ConditionEvaluationResult.disabled("no PostgreSQL server: run eval \"$(.ci/pg-cluster.sh start)\" to set "
                + VARIABLE);
    }

    @Override
    public boolean supportsParameter(ParameterContext p, ExtensionContext e) {
        return p.getParameter().getType() == ServerAddress.class;
    }

    @Override
    public Object resolveParameter(ParameterContext p, ExtensionContext e) {
        ServerAddress base = configured();
        if (base == null) {
            throw new ParameterResolutionException("CI=true but no PostgreSQL server is configured: set " + VARIABLE
                    + " (.ci/run starts one with .ci/pg-cluster.sh)");
        }
        String name = "t_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        try {
            createDatabase(base, name);
        } catch (SQLException ex) {
            throw new ParameterResolutionException("Cannot create a test database on " + base + ": " + ex.getMessage(), ex);
        }
        created(e).add(name);
        return base.withDatabase(name);
    }

    /**
     * Publishes the demo round, made afresh in a new folder under {@code dir}, to {@code server} (an empty
     * test database) as its secretary would; returns the file it was published from.
     */
    public static Path publishDemo(ServerAddress server, Path dir) throws Exception {
        Path file = java.nio.file.Files.createTempDirectory(dir, "pub").resolve("demo.sangsaeng");
        kr.sangsaeng.review.demo.DemoRound.createAt(file).close();
        RoundTransfer.publish(file, server);
        return file;
    }

    /**
     * Makes a write wait at most 100 ms for the round's write lock in sessions opened from now on, so a
     * test need not wait out the 5 s default four times (Dialect.beginWrite keeps a session's own).
     */
    public static void shortenLockTimeout(ServerAddress server) throws SQLException {
        try (Connection c = server.connect(); Statement s = c.createStatement()) {
            s.execute("ALTER DATABASE " + server.database() + " SET lock_timeout = '100ms'");
        }
    }

    /**
     * Another window's write in progress: a connection holding the round's write lock (Dialect.WRITE_LOCK)
     * until it is closed.
     */
    public static Connection holdWriteLock(ServerAddress server) throws SQLException {
        Connection c = server.connect();
        try (Statement s = c.createStatement()) {
            s.execute("SELECT pg_advisory_lock(" + Dialect.WRITE_LOCK + ")");
        } catch (SQLException e) {
            c.close();
            throw e;
        }
        return c;
    }

    /** Creates an empty database on the server as its administrator (the test cluster's superuser). */
    public static void createDatabase(ServerAddress base, String name) throws SQLException {
        try (Connection c = base.connect(); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name);
        }
    }

    @SuppressWarnings("unchecked")
    private static List<String> created(ExtensionContext e) {
        return (List<String>) e.getStore(NS).getOrComputeIfAbsent("databases", k -> new ArrayList<String>());
    }

    @Override
    public void afterEach(ExtensionContext e) throws SQLException {
        ServerAddress base = configured();
        if (base == null) {
            return;
        }
        try (Connection c = base.connect(); Statement s = c.createStatement()) {
            for (String name : created(e)) {
                s.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
            }
        }
        created(e).clear();
    }

    /** Ends the round's sessions and refuses new ones (as a stopped server does), or lets them in again. */
    public static void refuseConnections(ServerAddress server, boolean refuse) throws Exception {
        ServerAddress admin = server.withDatabase("postgres");
        try (Connection c = DriverManager.getConnection("jdbc:postgresql://" + admin.host() + ":" + admin.port() + "/postgres",
                admin.user(), null); Statement s = c.createStatement()) {
            s.execute("ALTER DATABASE " + server.database() + " ALLOW_CONNECTIONS " + !refuse);
            if (refuse) {
                s.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '"
                        + server.database() + "'");
            }
        }
    }
}
