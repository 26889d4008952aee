package kr.sangsaeng.review.store;

/** A change to a review its reviewer has finalised; the secretary must reopen it first. */
public class ReviewLockedException extends StoreException {
    public ReviewLockedException() {
        super("This review is finalised and locked. The secretary can reopen it.", null);
    }
}
