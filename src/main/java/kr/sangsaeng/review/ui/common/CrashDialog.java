package kr.sangsaeng.review.ui.common;

import java.io.PrintWriter;
import java.io.StringWriter;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.TextArea;
import javafx.scene.input.ClipboardContent;
import kr.sangsaeng.review.AppVersion;
import kr.sangsaeng.review.ui.AppContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Catches what nothing else caught: logs it and shows a dialog whose details the user can copy into
 * an e-mail, instead of the app failing silently.
 */
public final class CrashDialog {
    private static final Logger LOG = LoggerFactory.getLogger(CrashDialog.class);

    private CrashDialog() {
    }

    public static void install(AppContext ctx) {
        Thread.UncaughtExceptionHandler handler = (thread, error) -> {
            LOG.error("Uncaught exception in {}", thread.getName(), error);
            if (Platform.isFxApplicationThread()) {
                show(ctx, error);
            } else {
                Platform.runLater(() -> show(ctx, error));
            }
        };
        Thread.setDefaultUncaughtExceptionHandler(handler);
        Platform.runLater(() -> Thread.currentThread().setUncaughtExceptionHandler(handler));
    }

    static void show(AppContext ctx, Throwable error) {
        String details = details(error);
        ButtonType copy = new ButtonType(ctx.text("crash.copy"), ButtonBar.ButtonData.LEFT);
        Alert alert = new Alert(Alert.AlertType.ERROR,
                ctx.roundText("crash.message", "crash.message.server"), copy, ButtonType.CLOSE);
        alert.setTitle(ctx.text("app.title"));
        alert.setHeaderText(ctx.text("crash.header"));
        TextArea area = new TextArea(details);
        area.setEditable(false);
        area.setPrefRowCount(14);
        alert.getDialogPane().setExpandableContent(area);
        // Keep the dialog open when "copy" is pressed.
        alert.getDialogPane().lookupButton(copy).addEventFilter(javafx.event.ActionEvent.ACTION, e -> {
            ClipboardContent content = new ClipboardContent();
            content.putString(details);
            javafx.scene.input.Clipboard.getSystemClipboard().setContent(content);
            e.consume();
        });
        alert.showAndWait();
    }

    private static String details(Throwable error) {
        StringWriter w = new StringWriter();
        w.append("Sangsaeng Review ").append(AppVersion.get()).append(", Java ")
                .append(System.getProperty("java.version")).append(", ").append(System.getProperty("os.name"))
                .append('\n');
        error.printStackTrace(new PrintWriter(w));
        return w.toString();
    }
}
