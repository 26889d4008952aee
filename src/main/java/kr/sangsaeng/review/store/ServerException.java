package kr.sangsaeng.review.store;

import java.sql.SQLException;

/**
 * A server round could not be reached or used, sorted into what the user must be told apart
 * (docs/server-mode.md): the login was refused, the server did not answer, the database does not
 * exist, it holds no round, or the connection was lost while the round was open.
 */
public class ServerException extends StoreException {
    /** Why the server could not be used. */
    public enum Reason {
        LOGIN_REFUSED, UNREACHABLE, NO_DATABASE, NOT_A_ROUND, CONNECTION_LOST
    }

    private final Reason reason;
    private final String server;

    public ServerException(Reason reason, String server, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
        this.server = server;
    }

    public Reason reason() {
        return reason;
    }

    /** The server address (never a password), for messages. */
    public String server() {
        return server;
    }

    /** The reason a connection attempt failed, from PostgreSQL's SQLSTATE classes. */
    static Reason reasonForConnecting(SQLException e) {
        String state = String.valueOf(e.getSQLState());
        if (state.startsWith("28")) {
            return Reason.LOGIN_REFUSED; // 28000 no such role or not allowed, 28P01 wrong password
        }
        if ("3D000".equals(state)) {
            return Reason.NO_DATABASE;
        }
        return Reason.UNREACHABLE;
    }
}
