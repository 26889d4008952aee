package kr.sangsaeng.review.ui.main;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.stage.Window;
import kr.sangsaeng.review.service.PendingWrites;
import kr.sangsaeng.review.ui.AppContext;

/**
 * The banner under the menu of a window on a server round: the connection is lost, how many changes
 * are kept and not yet saved ("3 scores not yet saved — will be sent when the server is back"), and
 * how many the server refused when they were sent again, with a button that shows which, with the
 * user's values (docs/server-mode.md, "Connection lost").
 */
final class ConnectionBanner {
    private ConnectionBanner() {
    }

    static void show(AppContext ctx, HBox bar, Label banner, Button refusedButton, Supplier<Window> owner) {
        BooleanBinding refused = Bindings.createBooleanBinding(() -> ctx.pendingProperty().get().refused() > 0,
                ctx.pendingProperty());
        BooleanBinding shown = ctx.connectedProperty().not()
                .or(Bindings.createBooleanBinding(() -> ctx.pendingProperty().get().waiting() > 0, ctx.pendingProperty()))
                .or(refused);
        bar.visibleProperty().bind(shown);
        bar.managedProperty().bind(shown);
        banner.visibleProperty().bind(shown);
        banner.managedProperty().bind(shown);
        refusedButton.visibleProperty().bind(refused);
        refusedButton.managedProperty().bind(refused);
        banner.textProperty().bind(Bindings.createStringBinding(
                () -> text(ctx, ctx.connectedProperty().get(), ctx.pendingProperty().get()),
                ctx.connectedProperty(), ctx.pendingProperty()));
        refusedButton.setAccessibleHelp(ctx.text("server.refused.showHelp"));
        refusedButton.setOnAction(e -> RefusedChangesDialog.show(ctx, owner.get()));
    }

    /** The banner's lines for the connection's state and the kept changes. */
    static String text(AppContext ctx, boolean connected, PendingWrites.Summary pending) {
        List<String> lines = new ArrayList<>();
        if (!connected) {
            lines.add(ctx.text("server.lost"));
        }
        if (pending.waiting() > 0) {
            lines.add(ctx.text(connected ? "server.pending.sending" : "server.pending.kept", what(ctx, pending)));
        }
        if (pending.restored() > 0) {
            lines.add(ctx.text("server.pending.restored", pending.restored()));
        }
        if (pending.refused() > 0) {
            lines.add(ctx.text("server.pending.refused", pending.refused()));
        }
        return String.join("\n", lines);
    }

    /** "3 scores", "1 comment", "3 scores and 1 comment". */
    static String what(AppContext ctx, PendingWrites.Summary pending) {
        String scores = ctx.text("server.pending.scores", pending.scores());
        String reviews = ctx.text("server.pending.reviews", pending.reviews());
        if (pending.reviews() == 0) {
            return scores;
        }
        return pending.scores() == 0 ? reviews : ctx.text("server.pending.both", scores, reviews);
    }
}
