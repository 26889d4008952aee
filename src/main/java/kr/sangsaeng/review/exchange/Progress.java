package kr.sangsaeng.review.exchange;

/** Where a long import has got to, and whether the user wants it stopped. Called from the worker thread. */
public interface Progress {
    Progress NONE = new Progress() {
        @Override
        public void update(double fraction) {
        }

        @Override
        public boolean isCancelled() {
            return false;
        }
    };

    /** @param fraction 0 to 1, or -1 when the end is not known */
    void update(double fraction);

    boolean isCancelled();

    /** Stops the work by throwing when the user has cancelled; nothing has been written at that point. */
    default void checkCancelled() {
        if (isCancelled()) {
            throw new ImportCancelledException();
        }
    }
}
