package kr.sangsaeng.review.ui.export;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import javafx.util.StringConverter;
import kr.sangsaeng.review.analysis.PanelMethod;
import kr.sangsaeng.review.analysis.ShortlistRule;
import kr.sangsaeng.review.exchange.shortlist.ExportFormat;
import kr.sangsaeng.review.format.Figures;
import kr.sangsaeng.review.analysis.ShortlistSettings;
import kr.sangsaeng.review.ui.AppContext;
import kr.sangsaeng.review.ui.common.UiFonts;

/**
 * File → Export shortlist…: the format, the committee's rule and where to write. The rule shown is
 * the stored one; changing it here changes the stored rule (audited) before the export, so the
 * dialog never exports under a rule other than the committee's. The file name follows the format;
 * the path can be typed or picked with Browse.
 */
final class ShortlistExportDialog {
    /** What the secretary chose: the rule (the stored one, or what it becomes) and the file. */
    record Choice(ShortlistSettings settings, Path out) {
    }

    private ShortlistExportDialog() {
    }

    static Optional<Choice> show(AppContext ctx, Window owner, Path reviewFile, ShortlistSettings stored, int cases) {
        Dialog<Choice> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(ctx.text("export.title"));
        dialog.setHeaderText(ctx.text("export.header"));
        ChoiceBox<ExportFormat> format = new ChoiceBox<>();
        format.getItems().addAll(ExportFormat.PDF, ExportFormat.XLSX, ExportFormat.CSV);
        format.setConverter(converter(f -> formatName(ctx, f)));
        format.setValue(ExportFormat.PDF);
        format.setId("exportFormat");
        ShortlistRule rule = stored.rule();
        Spinner<Integer> top = new Spinner<>(0, Math.max(cases, rule.topN()), rule.topN());
        top.setEditable(true);
        top.setId("exportTop");
        top.setAccessibleHelp(ctx.text("help.results.top"));
        Spinner<Integer> minReviews = new Spinner<>(0, 999, rule.minReviews());
        minReviews.setEditable(true);
        minReviews.setId("exportMinReviews");
        minReviews.setAccessibleHelp(ctx.text("help.results.minReviews"));
        Spinner<Integer> maxPerArea = new Spinner<>(0, Math.max(cases, rule.maxPerArea()), rule.maxPerArea());
        maxPerArea.setEditable(true);
        maxPerArea.setId("exportMaxPerArea");
        maxPerArea.setAccessibleHelp(ctx.text("help.results.maxPerArea"));
        TextField threshold = new TextField(rule.hasThreshold() ? Figures.plain(rule.threshold()) : "");
        threshold.setId("exportThreshold");
        threshold.setAccessibleHelp(ctx.text("help.results.threshold"));
        threshold.setPromptText(ctx.text("export.threshold.none"));
        threshold.setPrefColumnCount(6);
        threshold.setMaxWidth(120);
        ChoiceBox<PanelMethod> method = new ChoiceBox<>();
        method.getItems().addAll(PanelMethod.values());
        method.setConverter(converter(m -> ctx.text("chart.method." + m.key())));
        method.setValue(stored.method());
        method.setId("exportMethod");
        method.setAccessibleHelp(ctx.text("results.method.tip"));
        Label note = new Label(ctx.text("export.rule.note"));
        note.setWrapText(true);
        note.setMaxWidth(460);
        note.getStyleClass().add("muted");
        TextField where = new TextField(defaultOut(reviewFile, ExportFormat.PDF).toString());
        where.setId("exportPath");
        where.setAccessibleHelp(ctx.text("help.export.where"));
        where.setPrefColumnCount(34);
        format.valueProperty().addListener((o, old, f) -> where.setText(withExtension(where.getText(), f)));
        Button browse = new Button(ctx.text("export.browse"));
        browse.setId("exportBrowse");
        browse.setOnAction(e -> browse(ctx, dialog, where, format.getValue()));
        HBox whereRow = new HBox(6, where, browse);
        HBox.setHgrow(where, Priority.ALWAYS);

        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        grid.setPadding(new Insets(12));
        grid.addRow(0, labelFor(ctx.text("export.format"), format), format);
        grid.addRow(1, labelFor(ctx.text("export.method"), method), method);
        grid.addRow(2, labelFor(ctx.text("export.top"), top), top);
        grid.addRow(3, labelFor(ctx.text("export.minReviews"), minReviews), minReviews);
        grid.addRow(4, labelFor(ctx.text("export.threshold"), threshold), threshold);
        grid.addRow(5, labelFor(ctx.text("export.maxPerArea"), maxPerArea), maxPerArea);
        grid.add(note, 0, 6, 2, 1);
        grid.addRow(7, labelFor(ctx.text("export.where"), where), whereRow);
        dialog.getDialogPane().setContent(grid);
        dialog.getDialogPane().setStyle(UiFonts.rootStyle());
        ButtonType export = new ButtonType(ctx.text("export.run"), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(export,
                new ButtonType(ctx.text("export.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE));
        var thresholdValid = javafx.beans.binding.Bindings.createBooleanBinding(
                () -> threshold(threshold.getText()) != null, threshold.textProperty());
        var ruleValid = javafx.beans.binding.Bindings.createBooleanBinding(() -> {
            Double t = threshold(threshold.getText());
            return t != null && (top.getValue() > 0 || !t.isNaN());
        }, threshold.textProperty(), top.valueProperty());
        dialog.getDialogPane().lookupButton(export).disableProperty()
                .bind(where.textProperty().isEmpty().or(ruleValid.not()));
        threshold.styleProperty().bind(javafx.beans.binding.Bindings.when(thresholdValid).then("")
                .otherwise("-fx-border-color: #c0392b;"));
        dialog.setResultConverter(b -> {
            if (b != export) {
                return null;
            }
            // Commits numbers typed into the spinners but not yet confirmed with Enter.
            for (Spinner<Integer> s : List.of(top, minReviews, maxPerArea)) {
                s.increment(0);
            }
            ShortlistSettings settings = stored.withMethod(method.getValue()).withRule(new ShortlistRule(
                    top.getValue(), threshold(threshold.getText()), maxPerArea.getValue(), minReviews.getValue()));
            return new Choice(settings, Path.of(withExtension(where.getText().strip(), format.getValue())));
        });
        return dialog.showAndWait();
    }

    /** A field's label, which a screen reader also reads as the field's name. */
    private static Label labelFor(String text, javafx.scene.Node field) {
        Label label = new Label(text);
        label.setLabelFor(field);
        return label;
    }

    /** A threshold on 0–100, NaN when blank (no threshold), null when it is not one. */
    static Double threshold(String text) {
        String t = text == null ? "" : text.strip().replace(',', '.');
        if (t.isEmpty()) {
            return Double.NaN;
        }
        try {
            double v = Double.parseDouble(t);
            return v >= 0 && v <= 100 ? v : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    static String formatName(AppContext ctx, ExportFormat f) {
        return switch (f) {
            case PDF -> ctx.text("export.format.pdf");
            case XLSX -> ctx.text("export.format.xlsx");
            case CSV -> ctx.text("export.format.csv");
        };
    }

    /** Beside the review file, named after it: {@code round-2022-shortlist.pdf}. */
    static Path defaultOut(Path reviewFile, ExportFormat format) {
        String name = String.valueOf(reviewFile.getFileName()).replaceFirst("\\.sangsaeng$", "");
        return reviewFile.toAbsolutePath().resolveSibling(name + "-shortlist." + format.key());
    }

    /** The path with the format's extension, replacing another export extension if it has one. */
    static String withExtension(String path, ExportFormat format) {
        String stripped = path.replaceFirst("(?i)\\.(csv|xlsx|pdf)$", "");
        return path.isBlank() ? path : stripped + "." + format.key();
    }

    private static void browse(AppContext ctx, Dialog<?> dialog, TextField where, ExportFormat format) {
        FileChooser fc = new FileChooser();
        fc.setTitle(ctx.text("export.title"));
        fc.getExtensionFilters().add(new FileChooser.ExtensionFilter(formatName(ctx, format),
                "*." + format.key()));
        Path current = Path.of(where.getText().isBlank() ? "." : where.getText()).toAbsolutePath();
        if (current.getParent() != null && current.getParent().toFile().isDirectory()) {
            fc.setInitialDirectory(current.getParent().toFile());
        }
        fc.setInitialFileName(String.valueOf(current.getFileName()));
        File f = fc.showSaveDialog(dialog.getDialogPane().getScene().getWindow());
        if (f != null) {
            where.setText(withExtension(f.getPath(), format));
        }
    }

    private static <T> StringConverter<T> converter(java.util.function.Function<T, String> label) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : label.apply(value);
            }

            /** Choice boxes only ever show values; they never parse text. */
            @Override
            public T fromString(String s) {
                return null;
            }
        };
    }
}
