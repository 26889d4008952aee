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
        Alert alert = alert(ctx, owner, Alert.AlertType.ERROR, ErrorMessages.describe(ctx, error), ButtonType.OK);
        StringWriter trace = new StringWriter();
        error.printStackTrace(new PrintWriter(trace));
        TextArea details = new TextArea(trace.toString());
        details.setEditable(false);
        alert.getDialogPane().setExpandableContent(details);
        alert.showAndWait();
    }

    public static boolean confirm(AppContext ctx, Window owner, String message) {
        Alert alert = alert(ctx, owner, Alert.AlertType.CONFIRMATION, message, ButtonType.YES, ButtonType.NO);
        return alert.showAndWait().filter(b -> b == ButtonType.YES).isPresent();
    }

    public static void info(AppContext ctx, Window owner, String message) {
        alert(ctx, owner, Alert.AlertType.INFORMATION, message, ButtonType.OK).showAndWait();
    }

    /** An alert over {@code owner} as every dialog of the app has it: the app's title, no header line. */
    public static Alert alert(AppContext ctx, Window owner, Alert.AlertType type, String message, ButtonType... buttons) {
        Alert alert = new Alert(type, message, buttons);
        alert.initOwner(owner);
        alert.setTitle(ctx.text("app.title"));
        alert.setHeaderText(null);
        return alert;
    }
}
