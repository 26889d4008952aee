package kr.sangsaeng.review.ui.main;

import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;
import kr.sangsaeng.review.service.PendingWrites;
import kr.sangsaeng.review.ui.AppContext;
import kr.sangsaeng.review.ui.common.Dialogs;

/**
 * Asks before the window closes or leaves the round while changes kept during a lost connection are
 * not yet saved on the server. Kept on this computer's disk, they are sent the next time the window
 * connects to that server with the same login; kept in this window only (no journal could be
 * written), closing loses them (docs/server-mode.md, "Connection lost", "Kept on this computer").
 */
final class UnsentChanges {
    /** The id of the question's dialog pane, for tests and screen readers. */
    static final String DIALOG_ID = "unsentChanges";

    private UnsentChanges() {
    }

    /** Runs {@code proceed} at once when nothing waits; otherwise only if the user chooses to leave anyway. */
    static void resolve(AppContext ctx, Window owner, Runnable proceed) {
        PendingWrites.Summary pending = ctx.pendingProperty().get();
        if (pending.waiting() == 0) {
            proceed.run();
            return;
        }
        // Kept on disk, they are offered again at the next connect (docs/server-mode.md, "Kept on this computer").
        boolean onDisk = ctx.round() != null && ctx.round().pending().keptOnDisk();
        String server = ctx.round() == null ? "" : ctx.round().server().orElse("");
        ButtonType stay = new ButtonType(ctx.text("server.unsent.stay"), ButtonBar.ButtonData.CANCEL_CLOSE);
        ButtonType leave = new ButtonType(ctx.text(onDisk ? "server.unsent.leaveKept" : "server.unsent.leave"),
                ButtonBar.ButtonData.OK_DONE);
        String question = onDisk ? ctx.text("server.unsent.questionKept", ConnectionBanner.what(ctx, pending), server)
                : ctx.text("server.unsent.question", ConnectionBanner.what(ctx, pending));
        Alert alert = Dialogs.alert(ctx, owner, Alert.AlertType.WARNING, question, stay, leave);
        alert.getDialogPane().setId(DIALOG_ID);
        // Staying is the default: Enter must not throw the changes away.
        ((javafx.scene.control.Button) alert.getDialogPane().lookupButton(stay)).setDefaultButton(true);
        ((javafx.scene.control.Button) alert.getDialogPane().lookupButton(leave)).setDefaultButton(false);
        if (alert.showAndWait().filter(b -> b == leave).isPresent()) {
            proceed.run();
        }
    }
}
