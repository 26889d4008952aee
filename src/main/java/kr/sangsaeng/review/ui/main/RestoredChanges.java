package kr.sangsaeng.review.ui.main;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;
import kr.sangsaeng.review.service.PendingWrites;
import kr.sangsaeng.review.ui.AppContext;
import kr.sangsaeng.review.ui.common.Dialogs;

/**
 * Tells the user about changes kept on this computer while a server's connection was lost: how many
 * an earlier run left unsent and what became of them once sent, and what was wrong with the journal
 * when it could not be used as found (set aside, in use by another window, not writable).
 * docs/server-mode.md, "Kept on this computer".
 */
final class RestoredChanges {
    /** The id of the journal problem's dialog pane, for tests and screen readers. */
    static final String DIALOG_ID = "journalProblem";

    private RestoredChanges() {
    }

    /** The status bar's sentence after kept changes were sent, the restored ones told apart. */
    static String sentText(AppContext ctx, PendingWrites.Sent sent) {
        List<String> parts = new ArrayList<>();
        int restored = sent.restoredSaved() + sent.restoredRefused();
        if (restored > 0) {
            parts.add(ctx.text("status.restoredSent", restored, sent.restoredSaved(), sent.restoredRefused()));
        }
        int saved = sent.saved() - sent.restoredSaved();
        int refused = sent.refused() - sent.restoredRefused();
        if (saved + refused > 0) {
            parts.add(ctx.text("status.pendingSent", saved, refused));
        }
        return String.join(" ", parts);
    }

    /** Says what taking the journal found; a problem with it gets a dialog, as nothing of it may pass unseen. */
    static void report(AppContext ctx, Window owner, PendingWrites.Restored restored) {
        if (restored.problem() == null) {
            return;
        }
        String server = ctx.round() == null ? "" : ctx.round().server().orElse("");
        String text = switch (restored.problem()) {
            case DAMAGED -> ctx.text("server.journal.damaged", server, String.valueOf(restored.setAside()));
            case NEWER_VERSION -> ctx.text("server.journal.newer", server, String.valueOf(restored.setAside()));
            case OTHER_ROUND -> ctx.text("server.journal.otherRound", server, String.valueOf(restored.setAside()));
            case IN_USE -> ctx.text("server.journal.inUse", server);
            case UNWRITABLE -> ctx.text("server.journal.unwritable", server);
        };
        Alert alert = Dialogs.alert(ctx, owner, Alert.AlertType.WARNING, text, ButtonType.OK);
        alert.getDialogPane().setId(DIALOG_ID);
        alert.show();
    }
}
