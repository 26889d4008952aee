package kr.sangsaeng.review.ui.common;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;
import kr.sangsaeng.review.ui.AppContext;

/** Loads a view's FXML (next to its controller class) with the app's bundle and controller factory. */
public final class FxmlViews {
    private FxmlViews() {
    }

    public record Loaded<C>(Parent root, C controller) {
    }

    public static <C> Loaded<C> load(AppContext ctx, Class<C> controllerType, String fxmlName) {
        URL url = controllerType.getResource(fxmlName);
        if (url == null) {
            throw new IllegalStateException("Missing view " + fxmlName + " next to " + controllerType.getName());
        }
        FXMLLoader loader = new FXMLLoader(url, ctx.bundle());
        loader.setControllerFactory(ctx::createController);
        try {
            Parent root = loader.load();
            return new Loaded<>(root, controllerType.cast(loader.getController()));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot load view " + fxmlName, e);
        }
    }
}
