package kr.sangsaeng.review.ui;

import java.util.concurrent.RejectedExecutionException;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.util.Duration;
import kr.sangsaeng.review.service.OpenRound;
import kr.sangsaeng.review.ui.common.Tasks;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Notices, every two seconds, when another window or program has changed the open review file
 * (SQLite's data_version moves only for other connections' commits) and when the store has turned
 * read-only after a failed write, and tells the {@link AppContext} so that views reload and the
 * status bar says so. The check runs on the database thread like all file work; the FX thread
 * only compares two numbers. A server round is not polled for changes but announces them
 * (docs/server-mode.md, "Live").
 */
public final class ExternalChangeMonitor {
    static final Duration INTERVAL = Duration.seconds(2);
    private static final Logger LOG = LoggerFactory.getLogger(ExternalChangeMonitor.class);

    private final AppContext ctx;
    private final Timeline timeline;
    private OpenRound watched;
    private long lastVersion;
    private boolean polling;
    /** Asked again while a reading was under way: read once more when it ends, so no announcement waits for the next tick. */
    private boolean pollAgain;

    public ExternalChangeMonitor(AppContext ctx) {
        this.ctx = ctx;
        this.timeline = new Timeline(new KeyFrame(INTERVAL, e -> poll()));
        timeline.setCycleCount(Animation.INDEFINITE);
        // A newly opened file is writable until shown otherwise, and measured at once so that a
        // change made right after opening is not missed.
        ctx.roundProperty().addListener((o, old, store) -> {
            ctx.setReadOnly(false);
            ctx.setConnected(true);
            listenTo(store);
            poll();
        });
    }

    /**
     * A server round announces other programs' commits as they happen (LISTEN/NOTIFY), so its
     * changes are read at once instead of at the next poll; a lost or restored connection shows at
     * once too. Nothing happens for a file.
     */
    private void listenTo(OpenRound store) {
        if (store == null || store.server().isEmpty()) {
            return;
        }
        store.watch(() -> later(() -> {
            if (store == ctx.round()) {
                poll();
            }
        }), up -> later(() -> {
            if (store == ctx.round()) {
                ctx.setConnected(up);
                poll();
            }
        }));
    }

    private static void later(Runnable r) {
        javafx.application.Platform.runLater(r);
    }

    public void start() {
        timeline.play();
        poll();
    }

    public void stop() {
        timeline.stop();
    }

    /** Reads the file's data version and write state on the database thread; call on the FX thread. */
    public void poll() {
        OpenRound store = ctx.round();
        if (store == null) {
            return;
        }
        if (polling) {
            pollAgain = true;
            return;
        }
        polling = true;
        try {
            Tasks.create(() -> new Reading(store.dataVersion(), store.isReadOnly()))
                    .onSuccess(r -> apply(store, r))
                    .onError(e -> LOG.debug("Could not check the review file for outside changes", e))
                    .andFinally(() -> {
                        polling = false;
                        if (pollAgain) {
                            pollAgain = false;
                            poll();
                        }
                    })
                    .runOn(ctx.dbExecutor());
        } catch (RejectedExecutionException closed) {
            polling = false;
            stop(); // the context was closed with its window
        }
    }

    private void apply(OpenRound store, Reading r) {
        if (store != ctx.round()) {
            return; // another file was opened meanwhile; its own first reading follows
        }
        if (store == watched && r.version() != lastVersion) {
            ctx.noteExternalChange();
        }
        watched = store;
        lastVersion = r.version();
        ctx.setReadOnly(r.readOnly());
    }

    private record Reading(long version, boolean readOnly) {
    }
}
