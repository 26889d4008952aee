package kr.sangsaeng.review.ui.common;

import java.io.PrintWriter;
import java.io.StringWriter;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.TextArea;
import javafx.stage.Window;
import kr.sangsaeng.review.ui.AppContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Standard dialogs: an error says what happened and what to do; details are one click away. */
public final class Dialogs {
    private static final Logger LOG = LoggerFactory.getLogger(Dialogs.class);

    private Dialogs() {
    }

    public static void showError(AppContext ctx, Window owner, Throwable error) {
        LOG.warn("Shown to the user: {}", error.getMessage(), error);
        Alert alert = new Alert(Alert.AlertType.ERROR, ErrorMessages.describe(ctx, error), ButtonType.OK);
        alert.initOwner(owner);
        alert.setTitle(ctx.text("app.title"));
        alert.setHeaderText(null);
        StringWriter trace = new StringWriter();
        error.printStackTrace(new PrintWriter(trace));
        TextArea details = new TextArea(trace.toString());
        details.setEditable(false);
        alert.getDialogPane().setExpandableContent(details);
        alert.showAndWait();
    }

    public static boolean confirm(AppContext ctx, Window owner, String message) {
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, message, ButtonType.YES, ButtonType.NO);
        alert.initOwner(owner);
        alert.setTitle(ctx.text("app.title"));
        alert.setHeaderText(null);
        return alert.showAndWait().filter(b -> b == ButtonType.YES).isPresent();
    }

    public static void info(AppContext ctx, Window owner, String message) {
        Alert alert = new Alert(Alert.AlertType.INFORMATION, message, ButtonType.OK);
        alert.initOwner(owner);
        alert.setTitle(ctx.text("app.title"));
        alert.setHeaderText(null);
        alert.showAndWait();
    }
}
