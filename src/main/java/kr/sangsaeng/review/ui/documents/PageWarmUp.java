package kr.sangsaeng.review.ui.documents;

import java.awt.image.BufferedImage;
import java.util.concurrent.ExecutorService;
import java.util.function.BooleanSupplier;
import javafx.animation.PauseTransition;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.util.Duration;
import kr.sangsaeng.review.exchange.documents.PdfWarmUp;
import kr.sangsaeng.review.ui.AppContext;

/**
 * Starts PDFBox's warm-up ({@link PdfWarmUp}) on the page-drawing thread once the window's start is
 * over (the first round's cases are on screen, {@link AppContext#startupOverProperty()}) and the
 * window has settled: early enough to be over before a person has chosen a case, late enough not
 * to take a processor from the window's start, which on two cores it slowed by a third on a large
 * round (docs/documents.md, "Speed").
 */
final class PageWarmUp {
    /** After the cases are shown, time for their frame to be drawn before the warm-up takes a processor. */
    private static final Duration SETTLE = Duration.millis(400);

    private PageWarmUp() {
    }

    /**
     * @param prepare run on the FX thread first (building the page view, so its classes and style
     *                are ready too)
     * @param stop    true once a document waits for the page thread: the warm-up then gives way
     */
    static void afterStartup(AppContext ctx, Node node, Runnable prepare, BooleanSupplier stop) {
        if (ctx.startupOverProperty().get()) {
            schedule(ctx.documentPagesExecutor(), node, prepare, stop);
            return;
        }
        ctx.startupOverProperty().addListener(new ChangeListener<>() {
            @Override
            public void changed(ObservableValue<? extends Boolean> o, Boolean was, Boolean over) {
                if (over) {
                    o.removeListener(this);
                    schedule(ctx.documentPagesExecutor(), node, prepare, stop);
                }
            }
        });
    }

    private static void schedule(ExecutorService pages, Node node, Runnable prepare, BooleanSupplier stop) {
        PauseTransition settle = new PauseTransition(SETTLE);
        settle.setOnFinished(e -> {
            // The window may have closed (and the page thread stopped) in the meantime.
            if (!pages.isShutdown() && node.getScene() != null && node.getScene().getWindow() != null
                    && node.getScene().getWindow().isShowing()) {
                prepare.run();
                try {
                    pages.execute(() -> warmUp(stop));
                } catch (java.util.concurrent.RejectedExecutionException stopped) {
                    // Stopped between the check and now: nothing to warm up for.
                }
            }
        });
        settle.play();
    }

    private static void warmUp(BooleanSupplier stop) {
        PdfWarmUp.run(stop);
        // The bridge from a drawn page to the window's image has classes of its own to load.
        SwingFXUtils.toFXImage(new BufferedImage(8, 8, BufferedImage.TYPE_INT_RGB), null);
    }
}
