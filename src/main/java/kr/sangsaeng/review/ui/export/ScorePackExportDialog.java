package kr.sangsaeng.review.ui.export;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import kr.sangsaeng.review.ui.AppContext;

/**
 * File → Export my scores…: which reviewer, and where the pack goes. The file is a typed path with a
 * Choose… button beside it, so the dialog works from the keyboard and without a native file chooser.
 */
final class ScorePackExportDialog {
    /** The reviewer whose pack to write, and the CSV file to write it to. */
    record Choice(String reviewer, Path out) {
    }

    private ScorePackExportDialog() {
    }

    /**
     * @param reviewers the panel's names, in panel order
     * @param preselected the reviewer this computer last scored as, or null
     * @param folder where the pack goes by default (the review file's folder)
     */
    static Optional<Choice> show(AppContext ctx, Window owner, List<String> reviewers, String preselected, Path folder) {
        Dialog<Choice> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(ctx.text("scorePack.title"));
        dialog.setHeaderText(ctx.roundText("scorePack.header", "scorePack.header.server"));
        ButtonType export = new ButtonType(ctx.text("scorePack.export"), javafx.scene.control.ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(export, ButtonType.CANCEL);
        dialog.getDialogPane().setPrefWidth(620);

        ComboBox<String> reviewerBox = new ComboBox<>();
        reviewerBox.setId("packReviewerBox");
        reviewerBox.getItems().setAll(reviewers);
        reviewerBox.setAccessibleText(ctx.text("scorePack.reviewer"));
        reviewerBox.setAccessibleHelp(ctx.text("help.scorePack.reviewer"));
        reviewerBox.setMaxWidth(Double.MAX_VALUE);
        TextField fileField = new TextField();
        fileField.setId("packFileField");
        fileField.setAccessibleText(ctx.text("scorePack.file"));
        // On a server round the scores are there already: the pack is a copy, not something to send
        // (docs/server-mode.md, "The window on a server round").
        String hintText = ctx.roundText("scorePack.hint", "scorePack.hint.server");
        fileField.setAccessibleHelp(hintText);
        Button choose = new Button(ctx.text("scorePack.choose"));
        choose.setId("packChooseButton");
        choose.setMinWidth(Region.USE_PREF_SIZE);
        HBox fileRow = new HBox(8, fileField, choose);
        HBox.setHgrow(fileField, Priority.ALWAYS);

        // The default name follows the reviewer until the user types or chooses a file of their own.
        boolean[] typed = {false};
        choose.setOnAction(e -> chooseFile(ctx, dialog, fileField.getText()).ifPresent(f -> {
            typed[0] = true;
            fileField.setText(f.getPath());
        }));
        reviewerBox.valueProperty().addListener((o, a, name) -> {
            if (!typed[0] && name != null) {
                fileField.setText(folder.resolve(defaultName(name)).toString());
            }
        });
        fileField.setOnKeyTyped(e -> typed[0] = true);

        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().addAll(labels, fields);
        grid.addRow(0, new Label(ctx.text("scorePack.reviewer")), reviewerBox);
        grid.addRow(1, new Label(ctx.text("scorePack.file")), fileRow);
        Label hint = new Label(hintText);
        hint.setId("packHint");
        hint.setWrapText(true);
        hint.setMinHeight(Region.USE_PREF_SIZE);
        VBox content = new VBox(12, grid, hint);
        content.setPadding(new Insets(4, 0, 0, 0));
        dialog.getDialogPane().setContent(content);

        Button ok = (Button) dialog.getDialogPane().lookupButton(export);
        ok.disableProperty().bind(reviewerBox.valueProperty().isNull()
                .or(Bindings.createBooleanBinding(() -> fileField.getText().isBlank(), fileField.textProperty())));
        reviewerBox.setValue(preselected != null && reviewers.contains(preselected) ? preselected
                : reviewers.isEmpty() ? null : reviewers.get(0));
        dialog.setResultConverter(b -> b == export
                ? new Choice(reviewerBox.getValue(), withCsv(Path.of(fileField.getText().strip()))) : null);
        javafx.application.Platform.runLater(reviewerBox::requestFocus);
        return dialog.showAndWait();
    }

    private static Optional<File> chooseFile(AppContext ctx, Dialog<?> dialog, String typedPath) {
        FileChooser fc = new FileChooser();
        fc.setTitle(ctx.text("scorePack.title"));
        fc.getExtensionFilters().add(new FileChooser.ExtensionFilter(ctx.text("scorePack.filter"), "*.csv"));
        Path current = typedPath.isBlank() ? null : Path.of(typedPath.strip());
        if (current != null && current.toAbsolutePath().getParent() != null
                && current.toAbsolutePath().getParent().toFile().isDirectory()) {
            fc.setInitialDirectory(current.toAbsolutePath().getParent().toFile());
            fc.setInitialFileName(current.getFileName().toString());
        }
        return Optional.ofNullable(fc.showSaveDialog(dialog.getDialogPane().getScene().getWindow()));
    }

    /** {@code 김서연 (예시)-scores.csv}, without the characters a file system refuses. */
    static String defaultName(String reviewer) {
        return reviewer.replaceAll("[\\\\/:*?\"<>|]", "_") + "-scores.csv";
    }

    private static Path withCsv(Path p) {
        return p.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".csv")
                ? p : p.resolveSibling(p.getFileName() + ".csv");
    }
}
