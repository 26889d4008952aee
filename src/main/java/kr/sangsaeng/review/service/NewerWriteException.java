package kr.sangsaeng.review.service;

/**
 * A change sent again after the connection came back was refused because the server holds a
 * different value written after the change was made, by another window or program: the newer write
 * stands (docs/server-mode.md, "Connection lost").
 */
public final class NewerWriteException extends IllegalStateException {
    private final String serverValue;

    public NewerWriteException(String serverValue) {
        super("A newer change from another window is on the server; this older one was not saved.");
        this.serverValue = serverValue;
    }

    /** What the server holds: a score as written ("7", "7.5"), a comment's text, or empty for none. */
    public String serverValue() {
        return serverValue;
    }
}
