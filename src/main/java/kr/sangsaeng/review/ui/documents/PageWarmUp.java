package kr.sangsaeng.review.ui.documents;

import java.awt.image.BufferedImage;
import java.util.concurrent.ExecutorService;
import java.util.function.BooleanSupplier;
import javafx.animation.PauseTransition;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.util.Duration;
import kr.sangsaeng.review.exchange.documents.PdfWarmUp;

/**
 * Starts PDFBox's warm-up ({@link PdfWarmUp}) on the page-drawing thread shortly after the pane's
 * window has drawn its first frame: early enough to be over before a person has chosen a case, late
 * enough not to slow the window's start on a busy machine (docs/documents.md, "Speed").
 */
final class PageWarmUp {
    /** After the first frame, time for the window to settle before the warm-up takes a processor. */
    private static final Duration SETTLE = Duration.millis(400);

    private PageWarmUp() {
    }

    /**
     * @param prepare run on the FX thread first (building the page view, so its classes and style
     *                are ready too)
     * @param stop    true once a document waits for the page thread: the warm-up then gives way
     */
    static void afterFirstFrame(Node node, ExecutorService pages, Runnable prepare, BooleanSupplier stop) {
        if (node.getScene() != null) {
            schedule(node.getScene(), pages, prepare, stop);
            return;
        }
        node.sceneProperty().addListener(new javafx.beans.value.ChangeListener<>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends Scene> o, Scene old, Scene scene) {
                if (scene != null) {
                    node.sceneProperty().removeListener(this);
                    schedule(scene, pages, prepare, stop);
                }
            }
        });
    }

    private static void schedule(Scene scene, ExecutorService pages, Runnable prepare, BooleanSupplier stop) {
        // A scene gets pulses only while its window shows, so the first one means the first frame.
        Runnable[] once = new Runnable[1];
        once[0] = () -> {
            scene.removePostLayoutPulseListener(once[0]);
            PauseTransition settle = new PauseTransition(SETTLE);
            settle.setOnFinished(e -> {
                // The window may have closed (and the page thread stopped) in the meantime.
                if (!pages.isShutdown() && scene.getWindow() != null && scene.getWindow().isShowing()) {
                    prepare.run();
                    try {
                        pages.execute(() -> warmUp(stop));
                    } catch (java.util.concurrent.RejectedExecutionException stopped) {
                        // Stopped between the check and now: nothing to warm up for.
                    }
                }
            });
            settle.play();
        };
        scene.addPostLayoutPulseListener(once[0]);
    }

    private static void warmUp(BooleanSupplier stop) {
        PdfWarmUp.run(stop);
        // The bridge from a drawn page to the window's image has classes of its own to load.
        SwingFXUtils.toFXImage(new BufferedImage(8, 8, BufferedImage.TYPE_INT_RGB), null);
    }
}
