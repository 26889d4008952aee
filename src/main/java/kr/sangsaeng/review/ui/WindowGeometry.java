package kr.sangsaeng.review.ui;

import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;
import kr.sangsaeng.review.app.Settings;

/** Remembers the main window's size and position between starts, and never restores it off-screen. */
final class WindowGeometry {
    private WindowGeometry() {
    }

    static void restore(Settings settings, Stage stage) {
        double x = settings.getDouble("window.x", Double.NaN);
        double y = settings.getDouble("window.y", Double.NaN);
        if (Double.isNaN(x) || Double.isNaN(y)) {
            return;
        }
        boolean visible = Screen.getScreens().stream().map(Screen::getVisualBounds)
                .anyMatch((Rectangle2D b) -> b.contains(x + 40, y + 20));
        if (visible) {
            stage.setX(x);
            stage.setY(y);
        }
        stage.setMaximized(Boolean.parseBoolean(settings.get("window.maximized").orElse("false")));
    }

    static void save(Settings settings, Stage stage) {
        settings.put("window.maximized", Boolean.toString(stage.isMaximized()));
        if (!stage.isMaximized()) {
            settings.put("window.x", Double.toString(stage.getX()));
            settings.put("window.y", Double.toString(stage.getY()));
            settings.put("window.width", Double.toString(stage.getScene().getWidth()));
            settings.put("window.height", Double.toString(stage.getScene().getHeight()));
        }
    }
}
