package kr.sangsaeng.review.ui.main;

import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import javafx.stage.Window;
import kr.sangsaeng.review.service.OpenRound;
import kr.sangsaeng.review.service.RoundFiles;
import kr.sangsaeng.review.ui.AppContext;
import kr.sangsaeng.review.ui.common.Dialogs;
import kr.sangsaeng.review.ui.common.Tasks;

/**
 * Says which round the window shows, each time another opens: the window title (the round's name,
 * and the server on a server round), the file or server and login at the foot of the window, and
 * a warning when the file is older than the last one saved (docs/server-mode.md, "The window on a
 * server round"). Apart from the File menu, as a round also opens by connecting or at start-up.
 */
final class RoundHeading {
    private final AppContext ctx;
    private final Label fileLabel;
    private final StatusBar status;
    private final Supplier<Window> owner;
    private final Consumer<Throwable> failed;

    /** {@code failed} shows a failure to read the round's name. */
    RoundHeading(AppContext ctx, Label fileLabel, StatusBar status, Supplier<Window> owner, Consumer<Throwable> failed) {
        this.ctx = ctx;
        this.fileLabel = fileLabel;
        this.status = status;
        this.owner = owner;
        this.failed = failed;
    }

    void show(OpenRound store) {
        Stage stage = (Stage) owner.get();
        if (store == null) {
            fileLabel.setText("");
            stage.setTitle(ctx.text("app.title"));
            return;
        }
        if (store.server().isPresent()) {
            String address = store.server().get();
            fileLabel.setText(ctx.text(store.isReviewerLogin() ? "server.label.reviewer" : "server.label", address,
                    ServerWindow.login(address)));
            status.sayText("status.connected");
            Tasks.create(() -> store.reader().round())
                    .onSuccess(round -> stage.setTitle(ctx.text("server.title", round.name(), ServerWindow.shortName(address))))
                    .onError(failed)
                    .runOn(ctx.dbExecutor());
            return;
        }
        fileLabel.setText(store.file().toAbsolutePath().toString());
        status.sayText("status.opened");
        if (store.isOlderThanLastSaved()) {
            // Said before anyone scores on it: work done on an old copy would hide the newer scores.
            status.sayText("status.staleCopy");
            Platform.runLater(() -> Dialogs.info(ctx, owner.get(),
                    ctx.text("open.staleCopy", String.valueOf(store.file().getFileName()),
                            String.valueOf(RoundFiles.backupFolder(store.file())))));
        }
        Tasks.create(() -> store.reader().round())
                .onSuccess(round -> stage.setTitle(round.name() + " — " + ctx.text("app.title")))
                .onError(failed)
                .runOn(ctx.dbExecutor());
    }
}
