package kr.sangsaeng.review.ui.common;

import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs background work and hands the outcome back: the one way view models do work off the FX
 * thread. View models take one of these, injected, instead of an executor, so that their tests run
 * the work on the calling thread, in order, with no FX toolkit ({@link #inline()}). Every failure
 * goes to the log here and to {@code onError}, which each caller must give: the view shows a message.
 */
public interface TaskRunner {
    Logger LOG = LoggerFactory.getLogger(TaskRunner.class);

    <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onError);

    /** Work on {@code executor} (one of the app context's threads), callbacks on the FX thread. */
    static TaskRunner on(Executor executor) {
        return new TaskRunner() {
            @Override
            public <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onError) {
                Tasks.create(work).onSuccess(onSuccess).onError(onError).runOn(executor);
            }
        };
    }

    /** Work and callbacks on the calling thread, for view-model tests. */
    static TaskRunner inline() {
        return new TaskRunner() {
            @Override
            public <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onError) {
                Objects.requireNonNull(onError, "onError");
                T result;
                try {
                    result = work.call();
                } catch (Exception e) {
                    LOG.warn("Background work failed", e);
                    onError.accept(e);
                    return;
                }
                onSuccess.accept(result);
            }
        };
    }
}
