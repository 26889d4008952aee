package kr.sangsaeng.review.ui.importing;

import java.nio.file.Path;
import javafx.scene.Scene;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import kr.sangsaeng.review.exchange.ImportKind;
import kr.sangsaeng.review.ui.AppContext;
import kr.sangsaeng.review.ui.common.FxmlViews;
import kr.sangsaeng.review.ui.common.UiFonts;

/** Opens File → Import… as a window over the main one. */
public final class ImportDialog {
    private ImportDialog() {
    }

    /**
     * Shows the dialog; with a file it checks that file at once (tests and the start-up option use
     * this, since a file chooser cannot be driven from outside).
     *
     * @return the dialog's controller, whose view model tests can drive
     */
    public static ImportController show(AppContext ctx, Window owner, ImportKind kind, Path file) {
        FxmlViews.Loaded<ImportController> view = FxmlViews.load(ctx, ImportController.class, "ImportView.fxml");
        view.root().setStyle(UiFonts.rootStyle());
        Scene scene = new Scene(view.root());
        if (owner != null && owner.getScene() != null) {
            scene.getStylesheets().addAll(owner.getScene().getStylesheets());
        }
        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle(ctx.roundText("import.title", "import.title.server"));
        stage.setScene(scene);
        ImportViewModel vm = view.controller().viewModel();
        vm.kindProperty().set(kind);
        vm.fileProperty().set(file);
        stage.show();
        return view.controller();
    }
}
