package kr.sangsaeng.review.ui.importing;

import java.util.concurrent.atomic.AtomicBoolean;
import javafx.application.Platform;
import javafx.beans.property.DoubleProperty;
import kr.sangsaeng.review.exchange.Progress;

/** Hands an import's progress from the worker thread to a property on the FX thread, and its cancel back. */
final class FxProgress implements Progress {
    private final AtomicBoolean cancelled;
    private final DoubleProperty target;

    FxProgress(AtomicBoolean cancelled, DoubleProperty target) {
        this.cancelled = cancelled;
        this.target = target;
    }

    @Override
    public void update(double fraction) {
        if (!cancelled.get()) {
            Platform.runLater(() -> {
                if (!cancelled.get()) {
                    target.set(fraction);
                }
            });
        }
    }

    @Override
    public boolean isCancelled() {
        return cancelled.get();
    }
}
