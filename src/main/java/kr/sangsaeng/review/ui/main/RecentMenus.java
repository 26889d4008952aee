package kr.sangsaeng.review.ui.main;

import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import kr.sangsaeng.review.ui.AppContext;

/**
 * File → Recent files and File → Recent servers, rebuilt from the settings whenever a file is
 * opened or a server connected, and whenever the count of changes waiting for a server changes
 * (docs/server-mode.md, "Kept on this computer"). Choosing an entry is handed back to the window,
 * which asks about unsaved work before it opens anything.
 */
final class RecentMenus {
    private final AppContext ctx;
    private final Menu files;
    private final Menu servers;
    private final Consumer<Path> open;
    private final Consumer<String> connect;
    private final Function<String, Optional<String>> serverMark;

    /**
     * {@code open} opens a recent file, {@code connect} a recent server; {@code serverMark} is what
     * the Recent servers entry adds after a server's address (WaitingChanges#menuMark).
     */
    RecentMenus(AppContext ctx, Menu files, Menu servers, Consumer<Path> open, Consumer<String> connect,
                Function<String, Optional<String>> serverMark) {
        this.ctx = ctx;
        this.files = files;
        this.servers = servers;
        this.open = open;
        this.connect = connect;
        this.serverMark = serverMark;
    }

    void rebuild() {
        files.getItems().clear();
        for (Path p : ctx.settings().recentFiles()) {
            MenuItem item = new MenuItem(p.getFileName() + "  —  " + p.getParent());
            item.setMnemonicParsing(false);
            item.setOnAction(e -> open.accept(p));
            files.getItems().add(item);
        }
        files.setDisable(files.getItems().isEmpty());
        servers.getItems().clear();
        for (String address : ctx.settings().recentServers()) {
            MenuItem item = new MenuItem(serverMark.apply(address).map(m -> address + "  —  " + m).orElse(address));
            item.setMnemonicParsing(false);
            item.setOnAction(e -> connect.accept(address));
            servers.getItems().add(item);
        }
        servers.setDisable(servers.getItems().isEmpty());
    }
}
