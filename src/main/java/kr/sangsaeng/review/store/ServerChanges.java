package kr.sangsaeng.review.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicLong;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Listens, on a connection of its own, for the commits other programs make to a server round
 * (every write transaction ends with a NOTIFY on {@link Dialect#CHANGE_CHANNEL}; see
 * {@link Dialect#announceChange()}), and counts them: the server's counterpart of SQLite's
 * data_version. Our own connection's notifications are skipped by its backend process id, as
 * data_version skips our own commits.
 *
 * <p>The same thread notices when the server goes away: the listening connection fails, and it
 * tries again every {@link #RETRY_MS} until the server answers. Both events go to a {@link Watcher}.
 */
final class ServerChanges implements AutoCloseable {
    /** How long one wait for notifications lasts: also how quickly a lost server is noticed. */
    static final int WAIT_MS = 250;
    static final long RETRY_MS = 1_000;
    private static final Logger LOG = LoggerFactory.getLogger(ServerChanges.class);

    /** Told of changes and of the connection's state, on the listening thread. */
    interface Watcher {
        void changed();

        void connection(boolean up);
    }

    private final ServerAddress server;
    private final char[] password;
    private volatile int ownProcess;
    private final AtomicLong version = new AtomicLong();
    private final Thread thread;
    private volatile Watcher watcher = new Watcher() {
        @Override
        public void changed() {
        }

        @Override
        public void connection(boolean up) {
        }
    };
    private volatile boolean closed;
    private volatile boolean up = true;
    private volatile Connection listening;
    private final Reconnect reconnectMain;

    /** Replaces the round's own connection once the server answers again. */
    interface Reconnect {
        /** Returns the new connection's backend process id. */
        int run() throws SQLException;
    }

    ServerChanges(ServerAddress server, char[] password, int ownProcess, Reconnect reconnectMain) {
        this.server = server;
        this.reconnectMain = reconnectMain;
        this.password = password;
        this.ownProcess = ownProcess;
        this.thread = new Thread(this::run, "server-changes");
        thread.setDaemon(true);
    }

    /** Connects and starts listening (once); fails when the server cannot be reached right now. */
    synchronized void start() throws SQLException {
        if (thread.isAlive() || closed) {
            return;
        }
        listening = listen();
        thread.start();
    }

    boolean isStarted() {
        return thread.isAlive();
    }

    /** The round's own connection was replaced: skip its announcements from now on. */
    void ownProcess(int pid) {
        this.ownProcess = pid;
    }

    long version() {
        return version.get();
    }

    boolean isUp() {
        return up;
    }

    void watch(Watcher w) {
        this.watcher = w;
    }

    private Connection listen() throws SQLException {
        Connection c = server.connect(password);
        try (Statement s = c.createStatement()) {
            s.execute("LISTEN " + Dialect.CHANGE_CHANNEL);
        } catch (SQLException e) {
            c.close();
            throw e;
        }
        return c;
    }

    private void run() {
        while (!closed) {
            try {
                PGNotification[] got = listening.unwrap(PGConnection.class).getNotifications(WAIT_MS);
                if (got != null && countOthers(got)) {
                    version.incrementAndGet();
                    watcher.changed();
                }
                if (listening.isClosed()) {
                    throw new SQLException("listening connection closed", "08003");
                }
            } catch (SQLException e) {
                if (closed) {
                    return;
                }
                lost(e);
            }
        }
    }

    private boolean countOthers(PGNotification[] got) {
        for (PGNotification n : got) {
            if (n.getPID() != ownProcess) {
                return true;
            }
        }
        return false;
    }

    /** Reports the loss, then reconnects until the server answers or the round is closed. */
    private void lost(SQLException e) {
        LOG.warn("Lost the connection to {}: {}", server, e.getMessage());
        closeQuietly(listening);
        up = false;
        watcher.connection(false);
        while (!closed) {
            try {
                Thread.sleep(RETRY_MS);
                listening = listen();
                ownProcess = reconnectMain.run();
                up = true;
                // Whatever others wrote meanwhile went unannounced to us: count it as a change.
                version.incrementAndGet();
                LOG.info("Connected to {} again", server);
                watcher.connection(true);
                return;
            } catch (SQLException again) {
                closeQuietly(listening);
                LOG.debug("Server {} still unreachable: {}", server, again.getMessage());
            } catch (InterruptedException interrupted) {
                return;
            }
        }
    }

    private static void closeQuietly(Connection c) {
        try {
            if (c != null) {
                c.close();
            }
        } catch (SQLException ignored) {
            // Already broken; nothing to release.
        }
    }

    @Override
    public void close() {
        closed = true;
        thread.interrupt();
        closeQuietly(listening);
    }
}
