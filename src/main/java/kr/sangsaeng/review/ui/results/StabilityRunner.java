package kr.sangsaeng.review.ui.results;

import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.concurrent.Task;
import kr.sangsaeng.review.analysis.PanelAnalysis;
import kr.sangsaeng.review.analysis.StabilityOptions;
import kr.sangsaeng.review.analysis.StabilityProgress;
import kr.sangsaeng.review.analysis.StabilityResult;

/**
 * Runs a rank-stability analysis as a cancellable {@link Task} with progress, one at a time. On a
 * large round 2,000 draws take seconds, so the committee sees a bar and can stop it; a run that
 * is cancelled or superseded reports nothing.
 */
final class StabilityRunner {
    private final Executor executor;
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper();
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper();
    private Task<StabilityResult> current;

    StabilityRunner(Executor executor) {
        this.executor = executor;
    }

    ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    /** 0 to 1 while running. */
    ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    /** Starts a run (call on the FX thread); {@code onDone} and {@code onError} are called on it too. */
    void start(PanelAnalysis analysis, StabilityOptions options, Consumer<StabilityResult> onDone,
               Consumer<Throwable> onError) {
        cancel();
        Task<StabilityResult> task = new Task<>() {
            @Override
            protected StabilityResult call() {
                return analysis.stability(options, new StabilityProgress() {
                    @Override
                    public void progress(int done, int total) {
                        updateProgress(done, total);
                    }

                    @Override
                    public boolean isCancelled() {
                        return Thread.currentThread().isInterrupted() || isTaskCancelled();
                    }
                });
            }

            private boolean isTaskCancelled() {
                return isCancelled();
            }
        };
        task.setOnSucceeded(e -> finish(task, () -> onDone.accept(task.getValue())));
        task.setOnFailed(e -> finish(task, () -> onError.accept(task.getException())));
        task.setOnCancelled(e -> finish(task, () -> { }));
        current = task;
        progress.bind(task.progressProperty());
        running.set(true);
        executor.execute(task);
    }

    /** Stops the current run, if any; it then reports nothing. */
    void cancel() {
        if (current != null) {
            current.cancel();
            finish(current, () -> { });
        }
    }

    private void finish(Task<StabilityResult> task, Runnable then) {
        if (task != current) {
            return;
        }
        current = null;
        progress.unbind();
        progress.set(0);
        running.set(false);
        then.run();
    }
}
