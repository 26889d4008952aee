package kr.sangsaeng.review.ui.main;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import kr.sangsaeng.review.app.AppPaths;
import kr.sangsaeng.review.service.UnsentJournals;
import kr.sangsaeng.review.ui.AppContext;
import kr.sangsaeng.review.ui.common.Tasks;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Says, from start-up on, which server rounds have changes kept on this computer that wait to be
 * sent: a notice under the menu, one line per server and login with a button that connects to it
 * as File → Recent servers does, and the count beside that server in the Recent servers menu
 * (docs/server-mode.md, "Kept on this computer"). A server missing from the recent list still gets
 * its line. The round open in this window is left out: its own banner counts what it keeps.
 */
final class WaitingChanges {
    private static final Logger LOG = LoggerFactory.getLogger(WaitingChanges.class);

    private final AppContext ctx;
    private final VBox box;
    private final Consumer<String> connect;
    private final Runnable menuChanged;
    private List<UnsentJournals.Waiting> waiting = List.of();

    /**
     * {@code connect} opens a server round by its address; {@code menuChanged} rebuilds the Recent
     * servers menu, which asks {@link #menuMark} for each entry.
     */
    WaitingChanges(AppContext ctx, VBox box, Consumer<String> connect, Runnable menuChanged) {
        this.ctx = ctx;
        this.box = box;
        this.connect = connect;
        this.menuChanged = menuChanged;
        box.setVisible(false);
        box.setManaged(false);
    }

    /** Reads the journals again, off the FX thread, then shows what waits. */
    void refresh() {
        Optional<Path> folder = AppPaths.pendingDir();
        if (folder.isEmpty()) {
            return;
        }
        try {
            Tasks.create(() -> UnsentJournals.in(folder.get()))
                    .onSuccess(found -> {
                        waiting = found;
                        show();
                        menuChanged.run();
                    })
                    .onError(e -> LOG.warn("Could not look for unsent changes kept on this computer", e))
                    .runOn(ctx.dbExecutor());
        } catch (RejectedExecutionException closed) {
            // The window was closed meanwhile.
        }
    }

    /** "3 unsent changes" for a Recent servers entry, or empty when none wait (or it is the open round). */
    Optional<String> menuMark(String server) {
        int n = UnsentJournals.count(shown(), server);
        return n == 0 ? Optional.empty() : Optional.of(ctx.text("server.waiting.menu", n));
    }

    private void show() {
        box.getChildren().clear();
        for (UnsentJournals.Waiting w : shown()) {
            String name = ServerWindow.shortName(w.server());
            Label text = new Label(ctx.text("server.waiting.notice", w.changes(), name));
            text.getStyleClass().add("waiting-notice");
            text.setWrapText(true);
            text.setMaxWidth(Double.MAX_VALUE);
            HBox.setHgrow(text, Priority.ALWAYS);
            Button go = new Button(ctx.text("server.waiting.connect"));
            go.getStyleClass().add("waiting-connect");
            go.setAccessibleText(ctx.text("server.waiting.connectTo", name));
            go.setOnAction(e -> connect.accept(w.server()));
            HBox row = new HBox(8, text, go);
            row.getStyleClass().add("waiting-bar");
            row.setAlignment(Pos.CENTER_LEFT);
            row.setPadding(new Insets(6, 10, 6, 10));
            box.getChildren().add(row);
        }
        boolean any = !box.getChildren().isEmpty();
        box.setVisible(any);
        box.setManaged(any);
    }

    private List<UnsentJournals.Waiting> shown() {
        String open = ctx.round() == null ? null : ctx.round().server().orElse(null);
        return waiting.stream().filter(w -> !w.server().equals(open)).toList();
    }
}
