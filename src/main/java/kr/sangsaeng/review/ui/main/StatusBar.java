package kr.sangsaeng.review.ui.main;

import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.control.Label;
import kr.sangsaeng.review.service.PendingWrites;
import kr.sangsaeng.review.ui.AppContext;

/**
 * The status bar's line and its read-only mark. The File menu, the server connection, the drafts
 * and the zoom all have news for the same line; they say it here, so each text is chosen in one
 * place and none of them needs the label itself.
 */
final class StatusBar {
    private final AppContext ctx;
    private final Label status;
    private final Label readOnly;

    StatusBar(AppContext ctx, Label status, Label readOnly) {
        this.ctx = ctx;
        this.status = status;
        this.readOnly = readOnly;
    }

    /** Shows {@code text} as it is (a sentence already in the user's language). */
    void say(String text) {
        status.setText(text);
    }

    /** Shows the message {@code key}, filled with {@code args}. */
    void sayText(String key, Object... args) {
        status.setText(ctx.text(key, args));
    }

    /** Empties the line, after a failure that a dialog tells. */
    void clear() {
        status.setText("");
    }

    void showZoom(int percent) {
        sayText("status.zoom", percent);
    }

    /** What sending kept changes to the server achieved (RestoredChanges). */
    void showSent(PendingWrites.Sent sent) {
        say(RestoredChanges.sentText(ctx, sent));
    }

    /** While a draft is open the line says so; once none is, it says where the work is saved. */
    void followDrafts(ObservableBooleanValue anyDirty) {
        anyDirty.addListener((o, was, dirty) -> say(dirty ? ctx.text("status.draftOpen") : ServerWindow.savedText(ctx)));
    }

    /** The status bar says when another window changed the file, and stays marked while it is read-only. */
    void watchForOutsideChanges() {
        ctx.externalChangesProperty().addListener((o, a, b) -> sayText("status.externalChange"));
        readOnly.setText(ctx.text("status.readOnly"));
        readOnly.visibleProperty().bind(ctx.readOnlyProperty());
        readOnly.managedProperty().bind(ctx.readOnlyProperty());
    }
}
