package kr.sangsaeng.review.ui.main;

import java.nio.file.Path;
import javafx.stage.Window;
import kr.sangsaeng.review.exchange.ImportKind;
import kr.sangsaeng.review.ui.AppContext;
import kr.sangsaeng.review.ui.importing.ImportDialog;

/**
 * {@code -Dsangsaeng.importFile=FILE} (with {@code -Dsangsaeng.importKind=submissions|rubric|scores})
 * opens File → Import… on that file once the review file is open: for scripted screenshots and
 * demonstrations, where no one can click through a file chooser.
 */
final class StartupImport {
    private boolean shown;

    void showOnce(AppContext ctx, Window owner) {
        String file = System.getProperty("sangsaeng.importFile");
        if (shown || file == null || file.isBlank()) {
            return;
        }
        shown = true;
        ImportKind kind = ImportKind.fromKey(System.getProperty("sangsaeng.importKind", "submissions"))
                .orElse(ImportKind.SUBMISSIONS);
        ImportDialog.show(ctx, owner, kind, Path.of(file));
    }
}
