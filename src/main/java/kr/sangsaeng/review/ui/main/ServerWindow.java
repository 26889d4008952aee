package kr.sangsaeng.review.ui.main;

import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import kr.sangsaeng.review.ui.AppContext;

/**
 * How the main window shows a round on a server: which server and login (title and status bar),
 * and, while the connection is lost, every tab read-only (greyed, no input) so nothing more can be
 * typed that could not be saved; the banner is {@link ConnectionBanner} (docs/server-mode.md, "Live").
 */
final class ServerWindow {
    private ServerWindow() {
    }

    /** Locks the tabs while {@link AppContext#connectedProperty()} is false, and says so in the status bar. */
    static void showConnection(AppContext ctx, TabPane tabs, Consumer<String> status) {
        ctx.connectedProperty().addListener((o, was, up) ->
                status.accept(ctx.text(up ? "status.connected" : "status.offline")));
        for (Tab tab : tabs.getTabs()) {
            lock(ctx, tab);
        }
    }

    private static void lock(AppContext ctx, Tab tab) {
        // Tabs other than the first get their view when first shown (LazyTab).
        if (tab.getContent() != null) {
            tab.getContent().disableProperty().bind(ctx.connectedProperty().not());
        }
        tab.contentProperty().addListener((o, old, content) -> {
            if (old != null) {
                old.disableProperty().unbind();
            }
            if (content != null) {
                content.disableProperty().bind(ctx.connectedProperty().not());
            }
        });
    }

    /**
     * Fits the File menu to the open round (docs/server-mode.md, "The window on a server round"):
     * on a server, Save a copy… archives the round into a review file and Restore a backup… is off
     * (the server's administrator keeps its backups); signed in with a reviewer's login, the
     * secretary's items (archive, imports, documents, the shortlist export, whose decision record the
     * server keeps) are off too. A greyed item says why in its own text, as a menu item shows no tooltip.
     */
    static void fitFileMenu(AppContext ctx, MenuItem saveCopy, MenuItem restore, MenuItem... secretarys) {
        javafx.beans.binding.BooleanExpression none = ctx.roundProperty().isNull();
        javafx.beans.binding.BooleanExpression server = ctx.onServerProperty();
        javafx.beans.binding.BooleanExpression reviewer = ctx.reviewerLoginProperty();
        saveCopy.disableProperty().bind(none.or(reviewer));
        saveCopy.textProperty().bind(Bindings.when(reviewer).then(secretarysText(ctx, "menu.file.archive"))
                .otherwise(Bindings.when(server).then(ctx.text("menu.file.archive")).otherwise(ctx.text("menu.file.saveCopy"))));
        restore.disableProperty().bind(none.or(server));
        restore.textProperty().bind(Bindings.when(server).then(ctx.text("menu.file.restore.server"))
                .otherwise(ctx.text("menu.file.restore")));
        for (MenuItem item : secretarys) {
            String own = item.getText();
            item.disableProperty().bind(none.or(reviewer));
            item.textProperty().bind(Bindings.when(reviewer).then(ctx.text("menu.secretaryOnly", own)).otherwise(own));
        }
    }

    private static String secretarysText(AppContext ctx, String key) {
        return ctx.text("menu.secretaryOnly", ctx.text(key));
    }

    /** What the status bar says of saving while nothing else is to be said: on the server, or in the file. */
    static String savedText(AppContext ctx) {
        return ctx.roundText("status.opened", "status.connected");
    }

    /** The login of {@code postgresql://LOGIN@HOST:PORT/DATABASE}. */
    static String login(String address) {
        int at = address.indexOf('@');
        int start = address.indexOf("//") + 2;
        return at > start ? address.substring(start, at) : address;
    }

    /** {@code LOGIN@HOST:PORT/DATABASE}: the address without its scheme, for the window title. */
    static String shortName(String address) {
        int start = address.indexOf("//");
        return start >= 0 ? address.substring(start + 2) : address;
    }
}
