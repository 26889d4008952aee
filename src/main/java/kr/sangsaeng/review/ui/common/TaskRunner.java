package kr.sangsaeng.review.ui.common;

import java.util.concurrent.Callable;
import java.util.concurrent.Executor;
import java.util.function.Consumer;

/**
 * Runs database work and hands the outcome back. View models take one of these instead of an
 * executor so that their tests can run the work on the calling thread, in order, with no FX toolkit.
 */
public interface TaskRunner {
    <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onError);

    /** Work on {@code executor} (the single database thread), callbacks on the FX thread. */
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
                T result;
                try {
                    result = work.call();
                } catch (Exception e) {
                    onError.accept(e);
                    return;
                }
                onSuccess.accept(result);
            }
        };
    }
}
