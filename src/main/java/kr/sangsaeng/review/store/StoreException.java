package kr.sangsaeng.review.store;

/** A read or write that failed after the file was opened (disk full, file locked, constraint broken). */
public class StoreException extends RuntimeException {
    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
