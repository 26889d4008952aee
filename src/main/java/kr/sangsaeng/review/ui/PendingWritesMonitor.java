package kr.sangsaeng.review.ui;

import java.util.concurrent.RejectedExecutionException;
import java.util.function.Consumer;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.application.Platform;
import javafx.util.Duration;
import kr.sangsaeng.review.app.AppPaths;
import kr.sangsaeng.review.service.OpenRound;
import kr.sangsaeng.review.service.PendingWrites;
import kr.sangsaeng.review.ui.common.Tasks;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps {@link AppContext#pendingProperty()} up to date with the open round's kept changes, and has
 * them sent again (on the database thread, in the order made) as soon as the connection is back,
 * and every few seconds while some still wait and the server answers (a single dropped session is
 * not announced as a lost connection). docs/server-mode.md, "Connection lost".
 *
 * <p>When a server round opens, its kept changes are put on disk in the data folder, and those an
 * earlier run left there for the same server and login are taken back and sent at once
 * ("Kept on this computer").
 */
public final class PendingWritesMonitor {
    static final Duration RETRY = Duration.seconds(3);
    private static final Logger LOG = LoggerFactory.getLogger(PendingWritesMonitor.class);

    private final AppContext ctx;
    private final Consumer<PendingWrites.Sent> onSent;
    private final Consumer<PendingWrites.Restored> onRestored;
    private final Timeline retry;
    private boolean sending;

    /**
     * {@code onSent} hears, on the FX thread, of each sending that saved or refused something;
     * {@code onRestored} of what taking a server round's journal found, when it found changes or a problem.
     */
    public PendingWritesMonitor(AppContext ctx, Consumer<PendingWrites.Sent> onSent,
                                Consumer<PendingWrites.Restored> onRestored) {
        this.ctx = ctx;
        this.onSent = onSent;
        this.onRestored = onRestored;
        this.retry = new Timeline(new KeyFrame(RETRY, e -> {
            if (ctx.connectedProperty().get() && ctx.pendingProperty().get().waiting() > 0) {
                send();
            }
        }));
        retry.setCycleCount(Animation.INDEFINITE);
        ctx.roundProperty().addListener((o, old, round) -> watch(round));
        // Runs inside setConnected(true), before the views are told to read again: the kept changes
        // reach the database thread first, so what the views read back already holds them.
        ctx.connectedProperty().addListener((o, was, up) -> {
            if (up) {
                send();
            }
        });
    }

    public void start() {
        watch(ctx.round());
        retry.play();
    }

    private void watch(OpenRound round) {
        ctx.setPending(PendingWrites.Summary.NONE);
        if (round != null) {
            round.pending().watch(summary -> Platform.runLater(() -> {
                if (round == ctx.round()) {
                    ctx.setPending(summary);
                }
            }));
            if (round.server().isPresent()) {
                AppPaths.pendingDir().ifPresent(folder -> keepOnDisk(round, folder));
            }
        }
    }

    private void keepOnDisk(OpenRound round, java.nio.file.Path folder) {
        try {
            Tasks.create(() -> round.pending().keepOnDisk(folder))
                    .onSuccess(restored -> {
                        if (restored.changes() > 0 || restored.problem() != null) {
                            onRestored.accept(restored);
                        }
                        if (restored.changes() > 0 && round == ctx.round() && ctx.connectedProperty().get()) {
                            send();
                        }
                    })
                    .onError(e -> LOG.warn("Could not keep the unsent changes on disk", e))
                    .runOn(ctx.dbExecutor());
        } catch (RejectedExecutionException closed) {
            // The window was closed meanwhile.
        }
    }

    /** Sends the kept changes now; call on the FX thread. */
    public void send() {
        OpenRound round = ctx.round();
        if (round == null || sending) {
            return;
        }
        sending = true;
        try {
            Tasks.create(() -> round.pending().sendAll())
                    .onSuccess(sent -> {
                        if (sent.saved() + sent.refused() > 0) {
                            onSent.accept(sent);
                        }
                    })
                    .onError(e -> LOG.warn("Could not send the changes kept while the connection was lost", e))
                    .andFinally(() -> sending = false)
                    .runOn(ctx.dbExecutor());
        } catch (RejectedExecutionException closed) {
            sending = false;
            retry.stop(); // the window was closed
        }
    }
}
