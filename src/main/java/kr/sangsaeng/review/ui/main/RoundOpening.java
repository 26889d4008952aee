package kr.sangsaeng.review.ui.main;

import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.stage.Window;
import kr.sangsaeng.review.service.EarlyOpen;
import kr.sangsaeng.review.service.Failure;
import kr.sangsaeng.review.service.OpenRound;
import kr.sangsaeng.review.service.RoundFiles;
import kr.sangsaeng.review.ui.AppContext;
import kr.sangsaeng.review.ui.common.Dialogs;
import kr.sangsaeng.review.ui.common.ErrorMessages;
import kr.sangsaeng.review.ui.common.Tasks;

/**
 * Opens a review file off the FX thread and makes it the window's round, however it was asked for:
 * at start-up, from File → Open… or Recent files, or after a backup was restored. A damaged file
 * offers its newest backup instead. One place, so every way in remembers the file and shows the
 * same failures.
 */
final class RoundOpening {
    private static final String WELCOMED = "welcome.shown";

    private final AppContext ctx;
    private final StatusBar status;
    private final Consumer<Runnable> leave;
    private final Runnable menuChanged;
    private final Supplier<Window> owner;
    private final Consumer<Throwable> failed;
    private final StartupImport startupImport = new StartupImport();

    /**
     * {@code leave} runs its argument once unsaved work is resolved; {@code menuChanged} rebuilds
     * the Recent files menu; {@code failed} shows any other failure.
     */
    RoundOpening(AppContext ctx, StatusBar status, Consumer<Runnable> leave, Runnable menuChanged,
                 Supplier<Window> owner, Consumer<Throwable> failed) {
        this.ctx = ctx;
        this.status = status;
        this.leave = leave;
        this.menuChanged = menuChanged;
        this.owner = owner;
        this.failed = failed;
    }

    /**
     * Shows the last file used, or the demo copy on first start (then runs {@code welcome}), as
     * {@code early} finds and opens it; its outcome is taken on the database thread, before any
     * other work on the round.
     */
    void openAtStartup(EarlyOpen early, Runnable welcome) {
        boolean firstStart = ctx.settings().get(WELCOMED).isEmpty();
        Tasks.create(early::file)
                .onSuccess(file -> {
                    status.sayText("status.opening");
                    Tasks.create(early::round)
                            .onSuccess(round -> opened(file, round))
                            .onError(this::failedToOpen)
                            .runOn(ctx.dbExecutor());
                    if (firstStart) {
                        Platform.runLater(() -> {
                            ctx.settings().put(WELCOMED, "true");
                            welcome.run();
                        });
                    }
                })
                .onError(failed)
                .runOn(ctx.dbExecutor());
    }

    /** Opens a review file off the FX thread, once unsaved work is resolved; on success it becomes the current file. */
    void open(Path file) {
        leave.accept(() -> openNow(file));
    }

    private void openNow(Path file) {
        status.sayText("status.opening");
        Tasks.create(() -> RoundFiles.open(file))
                .onSuccess(round -> opened(file, round))
                .onError(this::failedToOpen)
                .runOn(ctx.dbExecutor());
    }

    private void opened(Path file, OpenRound round) {
        ctx.setRound(round);
        ctx.settings().addRecentFile(file);
        menuChanged.run();
        startupImport.showOnce(ctx, owner.get());
    }

    private void failedToOpen(Throwable e) {
        ctx.markStartupOver();
        status.clear();
        Failure f = Failure.of(e);
        if (f.kind() == Failure.Kind.FILE_DAMAGED && f.file() != null) {
            offerRestore(f);
        } else {
            failed.accept(e);
        }
    }

    private void offerRestore(Failure f) {
        Optional<Path> backup = RoundFiles.newestBackup(f.file());
        if (backup.isEmpty()) {
            failed.accept(f.cause());
            return;
        }
        String question = ErrorMessages.describe(ctx, f.cause()) + "\n\n"
                + ctx.text("restore.offer", backup.get().getFileName());
        if (Dialogs.confirm(ctx, owner.get(), question)) {
            restore(backup.get(), f.file());
        }
    }

    /** Copies {@code backup} over {@code file}, then opens it. */
    void restore(Path backup, Path file) {
        Tasks.create(() -> RoundFiles.restore(backup, file)).onSuccess(this::open).onError(failed).runOn(ctx.dbExecutor());
    }
}
