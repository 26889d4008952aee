package kr.sangsaeng.review.store;

/** A write refused because an earlier write failure (e.g. a full disk) turned the store read-only. */
public class ReadOnlyStoreException extends StoreException {
    public ReadOnlyStoreException(String reason) {
        super("The review file is read-only because an earlier change could not be written (" + reason
                + "). Free some space, then open the file again. Everything saved before is intact.", null);
    }
}
