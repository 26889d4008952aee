package kr.sangsaeng.review.ui.compare;

import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.concurrent.Task;
import kr.sangsaeng.review.analysis.PanelAnalysis;
import kr.sangsaeng.review.analysis.ShortlistRule;
import kr.sangsaeng.review.analysis.StabilityOptions;
import kr.sangsaeng.review.analysis.StabilityProgress;
import kr.sangsaeng.review.analysis.StabilityResult;

/**
 * Runs the rank-stability draws off the FX thread, one run at a time, and keeps the last result so
 * switching charts back and forth does not draw 2,000 samples again. Asking for another round or
 * another N cancels a run still going. All methods are called on the FX thread.
 */
final class StabilityRunner {
    private record Key(PanelAnalysis analysis, int topN) {
    }

    private final Executor executor;
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(0);
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(false);
    private Key key;
    private StabilityResult result;
    private StabilityTask task;

    StabilityRunner(Executor executor) {
        this.executor = executor;
    }

    ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    /** The finished result for this round and N, or null after starting (or while waiting for) its run. */
    StabilityResult resultFor(PanelAnalysis analysis, int topN, Runnable onDone, Consumer<Throwable> onError) {
        Key wanted = new Key(analysis, topN);
        if (wanted.equals(key) && (result != null || task != null)) {
            return result;
        }
        cancel();
        key = wanted;
        result = null;
        StabilityOptions options = StabilityOptions.defaults(ShortlistRule.top(topN));
        StabilityTask t = new StabilityTask(analysis, options);
        task = t;
        progress.bind(t.progressProperty());
        running.set(true);
        t.setOnSucceeded(e -> finish(t, () -> {
            result = t.getValue();
            onDone.run();
        }));
        t.setOnFailed(e -> finish(t, () -> {
            key = null;
            onError.accept(t.getException());
        }));
        executor.execute(t);
        return null;
    }

    /** Stops a run in progress; its result is dropped. */
    void cancel() {
        if (task != null) {
            StabilityTask t = task;
            finish(t, () -> key = null);
            t.cancel();
        }
    }

    static int draws() {
        return StabilityOptions.DEFAULT_DRAWS;
    }

    private void finish(StabilityTask t, Runnable then) {
        if (task != t) {
            return;
        }
        task = null;
        progress.unbind();
        progress.set(0);
        running.set(false);
        then.run();
    }

    private static final class StabilityTask extends Task<StabilityResult> {
        private final PanelAnalysis analysis;
        private final StabilityOptions options;

        StabilityTask(PanelAnalysis analysis, StabilityOptions options) {
            this.analysis = analysis;
            this.options = options;
        }

        @Override
        protected StabilityResult call() {
            return analysis.stability(options, new StabilityProgress() {
                @Override
                public void progress(int drawsDone, int drawsTotal) {
                    updateProgress(drawsDone, drawsTotal);
                }

                @Override
                public boolean isCancelled() {
                    return StabilityTask.this.isCancelled();
                }
            });
        }
    }
}
