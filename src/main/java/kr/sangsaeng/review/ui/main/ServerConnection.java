package kr.sangsaeng.review.ui.main;

import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.TabPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import kr.sangsaeng.review.service.OpenRound;
import kr.sangsaeng.review.service.RoundFiles;
import kr.sangsaeng.review.ui.AppContext;
import kr.sangsaeng.review.ui.PendingWritesMonitor;
import kr.sangsaeng.review.ui.common.ErrorMessages;
import kr.sangsaeng.review.ui.common.Tasks;

/**
 * The main window's side of a round on a server (docs/server-mode.md): connecting (File → Connect
 * to a server…, a recent server, a waiting server's button), the banner and locked tabs while the
 * connection is lost, the changes kept meanwhile sent again as it answers, and the notice of
 * changes kept on this computer for other servers. Gathered here so the File menu's file work and
 * the server's connection each have one place.
 */
final class ServerConnection {
    private final AppContext ctx;
    private final StatusBar status;
    private final Consumer<Runnable> leave;
    private final Runnable menuChanged;
    private final Supplier<Window> owner;
    private WaitingChanges waitingChanges;

    /**
     * {@code leave} runs its argument once unsaved work is resolved (or not at all when the user
     * stays); {@code menuChanged} rebuilds the Recent servers menu.
     */
    ServerConnection(AppContext ctx, StatusBar status, Consumer<Runnable> leave, Runnable menuChanged,
                     Supplier<Window> owner) {
        this.ctx = ctx;
        this.status = status;
        this.leave = leave;
        this.menuChanged = menuChanged;
        this.owner = owner;
    }

    /** Changes kept on this computer for a server are told from start-up on (docs/server-mode.md). */
    void showWaitingChanges(VBox box, Menu recentServers) {
        waitingChanges = new WaitingChanges(ctx, box, this::reconnectTo, menuChanged);
        ctx.roundProperty().addListener((obs, old, store) -> waitingChanges.refresh());
        recentServers.setOnShowing(e -> waitingChanges.refresh());
        waitingChanges.refresh();
    }

    /** What the Recent servers entry adds after {@code address}: the changes waiting for it, if any. */
    Optional<String> menuMark(String address) {
        return waitingChanges.menuMark(address);
    }

    /** Locks the tabs and shows the banner while the connection is lost (ServerWindow, ConnectionBanner). */
    void showConnection(TabPane tabs, HBox bar, Label banner, Button refusedButton) {
        ServerWindow.showConnection(ctx, tabs, status::say);
        ConnectionBanner.show(ctx, bar, banner, refusedButton, owner);
    }

    /** Sends the changes kept during a lost connection as soon as the server answers again. */
    void keepSending() {
        new PendingWritesMonitor(ctx, status::showSent,
                restored -> RestoredChanges.report(ctx, owner.get(), restored)).start();
    }

    /** File → Connect to a server…: the dialog, filled with the last server. */
    void connect() {
        connect(null, null);
    }

    /** Opens the connect dialog filled with {@code address} (the last server when null) and an earlier failure, if any. */
    private void connect(String address, String failure) {
        leave.accept(() -> ConnectDialog.show(ctx, owner.get(), address, failure, this::connected));
    }

    private void connected(String address, OpenRound round) {
        ctx.setRound(round);
        ctx.settings().addRecentServer(address);
        menuChanged.run();
    }

    /** A recent server connects at once with PGPASSWORD or ~/.pgpass; when that fails, the dialog asks. */
    void reconnectTo(String address) {
        leave.accept(() -> {
            status.sayText("connect.connecting", address);
            Tasks.create(() -> RoundFiles.openServer(address, null))
                    .onSuccess(round -> connected(address, round))
                    .onError(e -> {
                        status.clear();
                        connect(address, ErrorMessages.describe(ctx, e));
                    })
                    .runOn(ctx.dbExecutor());
        });
    }
}
