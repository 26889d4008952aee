package kr.sangsaeng.review.exchange.shortlist;

/** A shortlist export that could not be made, with a reason the GUI can put in the user's language. */
public class ShortlistExportException extends RuntimeException {
    /** Why the export stopped. */
    public enum Reason {
        /** Another program kept the review file from being brought up to date for hashing. */
        FILE_BUSY,
        /** Another window kept changing the file while it was read, so no consistent snapshot was taken. */
        FILE_KEPT_CHANGING,
        /** The output file's name does not end in .csv, .xlsx or .pdf. */
        UNKNOWN_FORMAT
    }

    private final Reason reason;

    public ShortlistExportException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
