package kr.sangsaeng.review.ui.documents;

import java.awt.Desktop;
import java.nio.file.Path;
import javafx.application.Platform;
import javafx.stage.Window;
import kr.sangsaeng.review.ui.AppContext;
import kr.sangsaeng.review.ui.common.Dialogs;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Opens a document's private copy in the program the system uses for its type, for the full layout
 * of HWP and the formats the pane does not draw. Asked on a thread of its own: some desktops take
 * seconds to answer.
 */
final class SystemViewer {
    private static final Logger LOG = LoggerFactory.getLogger(SystemViewer.class);

    private SystemViewer() {
    }

    static void open(AppContext ctx, Window owner, Path copy) {
        ctx.systemViewerExecutor().execute(() -> {
            try {
                if (!Desktop.isDesktopSupported() || !Desktop.getDesktop().isSupported(Desktop.Action.OPEN)) {
                    throw new UnsupportedOperationException("no desktop");
                }
                Desktop.getDesktop().open(copy.toFile());
            } catch (Exception | Error e) {
                LOG.warn("The system viewer could not open {}", copy, e);
                Platform.runLater(() -> Dialogs.info(ctx, owner, ctx.text("documents.noSystemViewer", copy)));
            }
        });
    }
}
