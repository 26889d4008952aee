package kr.sangsaeng.review.ui.common;

import java.util.concurrent.Callable;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.concurrent.Task;

/**
 * Runs work off the FX thread and hands the result back on it:
 * {@code Tasks.create(() -> load()).onSuccess(this::show).onError(this::fail).runOn(executor)}.
 */
public final class Tasks {
    private Tasks() {
    }

    public static <T> Builder<T> create(Callable<T> work) {
        return new Builder<>(work);
    }

    public static final class Builder<T> {
        private final Callable<T> work;
        private Consumer<T> onSuccess = r -> { };
        private Consumer<Throwable> onError = e -> { };
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
