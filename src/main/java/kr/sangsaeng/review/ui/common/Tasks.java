package kr.sangsaeng.review.ui.common;

import java.util.concurrent.Callable;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.concurrent.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs work off the FX thread and hands the result back on it:
 * {@code Tasks.create(() -> load()).onSuccess(this::show).onError(this::fail).runOn(executor)}.
 * {@code onError} is mandatory (a task without it is refused when built), and every failure is
 * logged here before it is handed on, so no failure is silent.
 */
public final class Tasks {
    private static final Logger LOG = LoggerFactory.getLogger(Tasks.class);
    private Tasks() {
    }

    public static <T> Builder<T> create(Callable<T> work) {
        return new Builder<>(work);
    }

    public static final class Builder<T> {
        private final Callable<T> work;
        private Consumer<T> onSuccess = r -> { };
        private Consumer<Throwable> onError;
        private Runnable andFinally = () -> { };

        private Builder(Callable<T> work) {
            this.work = work;
        }

        public Builder<T> onSuccess(Consumer<T> c) {
            this.onSuccess = c;
            return this;
        }

        public Builder<T> onError(Consumer<Throwable> c) {
            this.onError = c;
            return this;
        }

        public Builder<T> andFinally(Runnable r) {
            this.andFinally = r;
            return this;
        }

        public Task<T> build() {
            if (onError == null) {
                throw new IllegalStateException("A background task must say what happens when it fails (onError)");
            }
            Task<T> task = new Task<>() {
                @Override
                protected T call() throws Exception {
                    return work.call();
                }
            };
            task.setOnSucceeded(e -> {
                try {
                    onSuccess.accept(task.getValue());
                } finally {
                    andFinally.run();
                }
            });
            task.setOnFailed(e -> {
                LOG.warn("Background work failed", task.getException());
                try {
                    onError.accept(task.getException());
                } finally {
                    andFinally.run();
                }
            });
            task.setOnCancelled(e -> andFinally.run());
            return task;
        }

        public Task<T> runOn(Executor executor) {
            Task<T> task = build();
            executor.execute(task);
            return task;
        }
    }
}
