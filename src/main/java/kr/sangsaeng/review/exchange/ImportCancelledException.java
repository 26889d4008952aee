package kr.sangsaeng.review.exchange;

/** The user cancelled an import while the file was being checked; nothing was written. */
public class ImportCancelledException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public ImportCancelledException() {
        super("The import was cancelled; nothing was changed.");
    }
}
