package kr.sangsaeng.review.store;

/**
 * A write refused because the store is read-only: an earlier write failure (e.g. a full disk)
 * turned it so, or the file was opened where it cannot be written.
 */
public class ReadOnlyStoreException extends StoreException {
    public ReadOnlyStoreException(String reason) {
        super("The review file is read-only because an earlier change could not be written (" + reason
                + "). Free some space, then open the file again. Everything saved before is intact.", null);
    }

    private ReadOnlyStoreException(String message, boolean full) {
        super(message, null);
    }

    /** The file is healthy but cannot be written where it is: say so, and what to do. */
    static ReadOnlyStoreException openedReadOnly(String reason) {
        return new ReadOnlyStoreException("The review file can be read but not changed: " + reason
                + ". Nothing was changed and the file is not damaged; free some space, or copy the file to a"
                + " folder you can write to, and try again.", true);
    }
}
