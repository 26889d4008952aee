package kr.sangsaeng.review.bench;

import javafx.animation.AnimationTimer;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;

/**
 * The reference for the start-up benchmark: the smallest JavaFX window, which exits on its first
 * drawn frame. bench/run.sh compiles it against the same JavaFX jars as the app and starts it through
 * {@link Main}, because an Application subclass cannot be the main class on the class path.
 */
public class HelloWindow extends Application {
    public static final class Main {
        public static void main(String[] args) {
            Application.launch(HelloWindow.class, args);
        }
    }

    @Override
    public void start(Stage stage) {
        stage.setScene(new Scene(new Label("hello"), 1280, 800));
        stage.show();
        new AnimationTimer() {
            private int pulses;

            @Override
            public void handle(long now) {
                if (++pulses == 2) {
                    System.out.println("first frame");
                    stop();
                    Platform.exit();
                }
            }
        }.start();
    }
}
