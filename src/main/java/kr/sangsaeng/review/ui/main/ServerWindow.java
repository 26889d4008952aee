package kr.sangsaeng.review.ui.main;

import javafx.scene.control.Label;
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
    static void showConnection(AppContext ctx, TabPane tabs, Label status) {
        ctx.connectedProperty().addListener((o, was, up) ->
                status.setText(ctx.text(up ? "status.connected" : "status.offline")));
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
