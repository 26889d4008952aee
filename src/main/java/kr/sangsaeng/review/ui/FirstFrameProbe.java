package kr.sangsaeng.review.ui;

import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.TableView;

/**
 * For the start-up benchmark ({@code -Dsangsaeng.exitAfterFirstFrame=true}): exits the app on the
 * first frame drawn after the Submissions table has rows, so the whole process's run time is the
 * time to a usable first frame.
 */
final class FirstFrameProbe {
    static final String PROPERTY = "sangsaeng.exitAfterFirstFrame";

    private FirstFrameProbe() {
    }

    static void installIfRequested(Scene scene) {
        if (!Boolean.getBoolean(PROPERTY)) {
            return;
        }
        new AnimationTimer() {
            private boolean rowsSeen;

            @Override
            public void handle(long now) {
                if (rowsSeen) {
                    // This pulse drew the frame with the rows in it.
                    System.out.println("first frame with data");
                    stop();
                    Platform.exit();
                    return;
                }
                rowsSeen = scene.lookup("#table") instanceof TableView<?> t && !t.getItems().isEmpty();
            }
        }.start();
    }
}
