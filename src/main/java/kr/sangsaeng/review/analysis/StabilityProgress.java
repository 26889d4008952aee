package kr.sangsaeng.review.analysis;

/**
 * Progress and cancellation of a stability run, so the GUI can show a bar and stop it. Calls may
 * come from any worker thread, but never two at once.
 */
public interface StabilityProgress {
    /** Nothing shown, never cancelled. */
    StabilityProgress NONE = (done, total) -> { };

    void progress(int drawsDone, int drawsTotal);

    /** Polled between blocks of draws; true stops the run with a {@code CancellationException}. */
    default boolean isCancelled() {
        return false;
    }
}
