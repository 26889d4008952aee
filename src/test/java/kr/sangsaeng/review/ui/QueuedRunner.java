package kr.sangsaeng.review.ui;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import kr.sangsaeng.review.ui.common.TaskRunner;

/**
 * Holds database work until the test calls {@link #drain()}, then runs it in order with its callbacks,
 * like the one database thread does, so tests can make a user's action land while a read is pending.
 */
public final class QueuedRunner implements TaskRunner {
    private final Deque<Runnable> queue = new ArrayDeque<>();

    @Override
    public <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onError) {
        queue.add(() -> {
            T result;
            try {
                result = work.call();
            } catch (Exception e) {
                onError.accept(e);
                return;
            }
            onSuccess.accept(result);
        });
    }

    /** Runs everything queued, including work queued by callbacks meanwhile. */
    public void drain() {
        while (!queue.isEmpty()) {
            queue.poll().run();
        }
    }
}
