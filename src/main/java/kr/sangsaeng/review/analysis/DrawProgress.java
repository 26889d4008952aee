package kr.sangsaeng.review.analysis;

/**
 * Counts finished draws across workers and forwards them to the caller's listener one call at a
 * time, so a GUI listener need not be thread-safe. Also carries the stop signal: the caller's
 * cancellation, or a failure in another worker.
 */
final class DrawProgress {
    private final StabilityProgress listener;
    private final int total;
    private int done;
    private volatile boolean failed;

    DrawProgress(StabilityProgress listener, int total) {
        this.listener = listener;
        this.total = total;
    }

    synchronized void advance(int draws) {
        done += draws;
        listener.progress(done, total);
    }

    void fail() {
        failed = true;
    }

    /** Also true when this thread was interrupted, as a cancelled GUI task interrupts its thread. */
    boolean shouldStop() {
        return failed || listener.isCancelled() || Thread.currentThread().isInterrupted();
    }
}
