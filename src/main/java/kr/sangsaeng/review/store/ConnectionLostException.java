package kr.sangsaeng.review.store;

/**
 * The connection to a server round broke (the server restarted, the network dropped, an
 * administrator ended the session) while a change was on its way: the change was not acknowledged,
 * and the server rolled back whatever of it had arrived. The store connects again on its next use
 * (docs/server-mode.md, "Faults").
 */
public class ConnectionLostException extends ServerException {
    public ConnectionLostException(Throwable cause) {
        super(Reason.CONNECTION_LOST, null,
                "The connection to the server was lost: the change was not saved. Try again when the server answers.", cause);
    }
}
