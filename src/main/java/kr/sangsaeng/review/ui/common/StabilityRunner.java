package kr.sangsaeng.review.ui.common;

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
 * Runs rank-stability draws off the FX thread, one run at a time, with progress and Cancel; the
 * Results and Compare views each own one. On a large round 2,000 draws take seconds. The last
 * result is kept, so asking again for the same round and options (switching charts back and
 * forth) does not draw again. A run that is cancelled or superseded reports nothing. All methods
 * are called on the FX thread; so are the callbacks.
 */
public final class StabilityRunner {
    private record Key(PanelAnalysis analysis, StabilityOptions options) {
    }

    private final Executor executor;
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper();
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper();
    private Key key;
    private StabilityResult result;
    private Task<StabilityResult> current;

    public StabilityRunner(Executor executor) {
        this.executor = executor;
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    /** 0 to 1 while running. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    /** Starts a run, cancelling one still going; {@code onDone} gets its result. */
    public void start(PanelAnalysis analysis, StabilityOptions options, Consumer<StabilityResult> onDone,
                      Consumer<Throwable> onError) {
        cancel();
        key = new Key(analysis, options);
        result = null;
        Task<StabilityResult> task = new DrawTask(analysis, options);
        task.setOnSucceeded(e -> finish(task, () -> {
            result = task.getValue();
            onDone.accept(result);
        }));
        task.setOnFailed(e -> finish(task, () -> {
            key = null;
            onError.accept(task.getException());
        }));
        task.setOnCancelled(e -> finish(task, () -> { }));
        current = task;
        progress.bind(task.progressProperty());
        running.set(true);
        executor.execute(task);
    }

    /**
     * The finished result for this round and these options; null after starting (or while waiting
     * for) its run, and {@code onDone} is called once it is there.
     */
    public StabilityResult resultFor(PanelAnalysis analysis, StabilityOptions options, Runnable onDone,
                                     Consumer<Throwable> onError) {
        if (new Key(analysis, options).equals(key) && (result != null || current != null)) {
            return result;
        }
        start(analysis, options, r -> onDone.run(), onError);
        return null;
    }

    /** Stops the current run, if any; it then reports nothing and its result is dropped. */
    public void cancel() {
        if (current != null) {
            Task<StabilityResult> t = current;
            finish(t, () -> key = null);
            t.cancel();
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

    private static final class DrawTask extends Task<StabilityResult> {
        private final PanelAnalysis analysis;
        private final StabilityOptions options;

        DrawTask(PanelAnalysis analysis, StabilityOptions options) {
            this.analysis = analysis;
            this.options = options;
        }

        @Override
        protected StabilityResult call() {
            return analysis.stability(options, new StabilityProgress() {
                @Override
                public void progress(int done, int total) {
                    updateProgress(done, total);
                }

                @Override
                public boolean isCancelled() {
                    return Thread.currentThread().isInterrupted() || DrawTask.this.isCancelled();
                }
            });
        }
    }
}
