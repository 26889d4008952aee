package kr.sangsaeng.review.store;

/** Another program (or window) kept the review file locked for writing longer than we waited. */
public class StoreBusyException extends StoreException {
    public StoreBusyException(Throwable cause) {
        super("Another program is writing to the review file: the change was not saved. Try again.", cause);
    }
}
