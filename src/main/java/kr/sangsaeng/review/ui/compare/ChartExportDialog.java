package kr.sangsaeng.review.ui.compare;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.layout.GridPane;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import kr.sangsaeng.review.charts.ChartExport;
import kr.sangsaeng.review.ui.AppContext;
import kr.sangsaeng.review.ui.common.UiFonts;

/** Asks for the export's format and size, then for the file. */
final class ChartExportDialog {
    enum Format {
        PNG("png"), SVG("svg");

        final String extension;

        Format(String extension) {
            this.extension = extension;
        }
    }

    record Choice(Format format, int width, int height, Path file) {
    }

    private ChartExportDialog() {
    }

    static Optional<Choice> show(AppContext ctx, Window owner, String suggestedName, int width, int height) {
        ComboBox<Format> format = new ComboBox<>();
        format.getItems().setAll(Format.values());
        format.getSelectionModel().selectFirst();
        Spinner<Integer> w = spinner(width);
        Spinner<Integer> h = spinner(height);
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        grid.addRow(0, new Label(ctx.text("compare.export.format")), format);
        grid.addRow(1, new Label(ctx.text("compare.export.width")), w);
        grid.addRow(2, new Label(ctx.text("compare.export.height")), h);
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(ctx.text("compare.export.title"));
        dialog.getDialogPane().setContent(grid);
        dialog.getDialogPane().setStyle(UiFonts.rootStyle());
        dialog.getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
        if (dialog.showAndWait().filter(ButtonType.OK::equals).isEmpty()) {
            return Optional.empty();
        }
        Format f = format.getValue();
        File file = chooser(ctx, f, suggestedName).showSaveDialog(owner);
        if (file == null) {
            return Optional.empty();
        }
        Path path = file.toPath();
        if (!path.getFileName().toString().toLowerCase().endsWith("." + f.extension)) {
            path = path.resolveSibling(path.getFileName() + "." + f.extension);
        }
        return Optional.of(new Choice(f, w.getValue(), h.getValue(), path));
    }

    private static Spinner<Integer> spinner(int value) {
        int v = Math.max(ChartExport.MIN_SIZE, Math.min(ChartExport.MAX_SIZE, value));
        Spinner<Integer> s = new Spinner<>(ChartExport.MIN_SIZE, ChartExport.MAX_SIZE, v, 100);
        s.setEditable(true);
        return s;
    }

    private static FileChooser chooser(AppContext ctx, Format f, String suggestedName) {
        FileChooser fc = new FileChooser();
        fc.setTitle(ctx.text("compare.export.title"));
        fc.setInitialFileName(suggestedName + "." + f.extension);
        String label = ctx.text(f == Format.PNG ? "compare.export.filterPng" : "compare.export.filterSvg");
        fc.getExtensionFilters().add(new FileChooser.ExtensionFilter(label, "*." + f.extension));
        if (ctx.round() != null && ctx.round().file() != null && ctx.round().file().toAbsolutePath().getParent() != null) {
            fc.setInitialDirectory(ctx.round().file().toAbsolutePath().getParent().toFile());
        }
        return fc;
    }
}
