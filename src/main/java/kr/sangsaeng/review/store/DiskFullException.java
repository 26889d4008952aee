package kr.sangsaeng.review.store;

/**
 * A write failed because the disk (or the file's size limit) is full. The change was rolled back and
 * the store turned read-only, so later edits are refused clearly instead of failing half-way.
 */
public class DiskFullException extends StoreException {
    public DiskFullException(Throwable cause) {
        super("The disk is full: the change was not saved. The review file is now read-only;"
                + " free some space, then open the file again. Everything saved before is intact.", cause);
    }
}
