package kr.sangsaeng.review.store;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Optional;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a round on a PostgreSQL server lives: {@code postgresql://USER@HOST:PORT/DATABASE}.
 * The address never carries a password: it comes from {@code PGPASSWORD} or {@code ~/.pgpass}
 * (which the driver reads itself), the PostgreSQL conventions, and is neither stored nor logged
 * (docs/server-mode.md). {@link #toString()} is the address as the user wrote it, without a password.
 */
public record ServerAddress(String user, String host, int port, String database) {
    private static final Pattern FORM = Pattern.compile(
            "postgres(?:ql)?://([^@:/?#\\s]+)@([^:/?#\\s]+|\\[[0-9a-fA-F:]+\\])(?::(\\d{1,5}))?/([^/?#\\s]+)");
    public static final int DEFAULT_PORT = 5432;

    /** True when {@code text} names a server round rather than a review file. */
    public static boolean isServer(String text) {
        return text != null && (text.startsWith("postgresql:") || text.startsWith("postgres:"));
    }

    /** Parses the address, refusing any other form (and any password written into it) with a sentence. */
    public static ServerAddress parse(String text) {
        Matcher m = FORM.matcher(text == null ? "" : text.strip());
        if (!m.matches()) {
            if (text != null && text.matches("postgres(?:ql)?://[^@/]*:[^@/]*@.*")) {
                throw new IllegalArgumentException("Do not write the password into the server address;"
                        + " set PGPASSWORD or use ~/.pgpass.");
            }
            throw new IllegalArgumentException("Not a server address: " + redact(text)
                    + ". Write postgresql://USER@HOST:PORT/DATABASE.");
        }
        int port = m.group(3) == null ? DEFAULT_PORT : Integer.parseInt(m.group(3));
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("Not a port number: " + port);
        }
        return new ServerAddress(m.group(1), m.group(2), port, m.group(4));
    }

    /** The same server, another database on it (for tests and for creating a round's database). */
    public ServerAddress withDatabase(String other) {
        return new ServerAddress(user, host, port, other);
    }

    String jdbcUrl() {
        return "jdbc:postgresql://" + host + ":" + port + "/" + database;
    }

    /** Opens a connection as {@link #user}; the password, if any, from PGPASSWORD, else the driver's ~/.pgpass. */
    Connection connect() throws SQLException {
        return connect(null);
    }

    /**
     * Opens a connection with a password typed by the user (held in memory only, never written or
     * logged); without one, as {@link #connect()}.
     */
    Connection connect(char[] typedPassword) throws SQLException {
        Properties p = new Properties();
        p.setProperty("user", user);
        if (typedPassword != null && typedPassword.length > 0) {
            p.setProperty("password", new String(typedPassword));
        } else {
            password().ifPresent(pw -> p.setProperty("password", pw));
        }
        p.setProperty("ApplicationName", "Sangsaeng Review");
        p.setProperty("connectTimeout", "10");
        Connection c = DriverManager.getConnection(jdbcUrl(), p);
        try {
            endIdleTransactions(c);
        } catch (SQLException e) {
            c.close();
            throw e;
        }
        return c;
    }

    /**
     * How long the server lets one of this app's sessions sit idle inside a transaction before it
     * ends the session (and so rolls the transaction back and frees the round's write lock). The app
     * never waits for a person or for a file inside a transaction: its longest pause between two
     * statements of one transaction is a publish or archive batch (at most 16 MiB) being read or
     * written on a busy machine, seconds at most. A window frozen in a write (a laptop put to sleep, a
     * process stopped, a network gone without a reset) would otherwise hold the write lock until the
     * server notices the lost connection (TCP keepalive: hours by default), while every other window's
     * write waits out its 5 s lock timeout and is told another program is writing. 60 s is a dozen times
     * the longest healthy pause and short enough that the panel is stopped for a minute, not an
     * afternoon (docs/server-mode.md). Package-private so that a test can shorten it.
     */
    static volatile int idleInTransactionTimeoutMs = 60_000;

    /**
     * Sets {@link #idleInTransactionTimeoutMs} on a new session, unless the server's administrator
     * already set a limit for it (postgresql.conf, {@code ALTER ROLE} or {@code ALTER DATABASE}), which
     * then stands. One statement when the connection is opened.
     */
    private static void endIdleTransactions(Connection c) throws SQLException {
        try (java.sql.PreparedStatement ps = c.prepareStatement("SELECT set_config('idle_in_transaction_session_timeout',"
                + " CASE current_setting('idle_in_transaction_session_timeout') WHEN '0' THEN ?"
                + " ELSE current_setting('idle_in_transaction_session_timeout') END, false)")) {
            ps.setString(1, idleInTransactionTimeoutMs + "ms");
            ps.execute();
        }
    }

    private static Optional<String> password() {
        return Optional.ofNullable(System.getenv("PGPASSWORD")).filter(s -> !s.isEmpty());
    }

    /** The text with anything between "//" and "@" that looks like user:password reduced to the user. */
    private static String redact(String text) {
        return text == null ? "" : text.replaceAll("//([^:/@]*):[^@/]*@", "//$1:***@");
    }

    @Override
    public String toString() {
        return "postgresql://" + user + "@" + host + ":" + port + "/" + database;
    }
}
