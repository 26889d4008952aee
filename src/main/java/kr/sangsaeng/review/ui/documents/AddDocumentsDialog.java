package kr.sangsaeng.review.ui.documents;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import kr.sangsaeng.review.service.Actor;
import kr.sangsaeng.review.exchange.documents.DocumentNames;
import kr.sangsaeng.review.exchange.documents.DocumentPlan;
import kr.sangsaeng.review.exchange.documents.DocumentPlan.Item;
import kr.sangsaeng.review.ui.AppContext;
import kr.sangsaeng.review.ui.common.Dialogs;
import kr.sangsaeng.review.ui.common.Tasks;
import kr.sangsaeng.review.ui.common.UiFonts;

/**
 * File → Add documents…: files or a folder, matched to cases by the ref that starts each name,
 * previewed (matches, files matching no case, duplicates, refusals with their reason) before
 * anything is stored; then added all together or not at all.
 */
public final class AddDocumentsDialog {
    private AddDocumentsDialog() {
    }

    /** Asks for files or a folder, then shows the preview. */
    public static void chooseAndAdd(AppContext ctx, Window owner, Actor actor) {
        ButtonType files = new ButtonType(ctx.text("documents.add.files"));
        ButtonType folder = new ButtonType(ctx.text("documents.add.folder"));
        Alert ask = new Alert(Alert.AlertType.CONFIRMATION, ctx.text("documents.add.ask"), files, folder, ButtonType.CANCEL);
        ask.initOwner(owner);
        ask.setTitle(ctx.text("documents.add.title"));
        ask.setHeaderText(null);
        Optional<ButtonType> answer = ask.showAndWait();
        List<Path> chosen = List.of();
        if (answer.filter(files::equals).isPresent()) {
            FileChooser fc = new FileChooser();
            fc.setTitle(ctx.text("documents.add.title"));
            List<File> picked = fc.showOpenMultipleDialog(owner);
            chosen = picked == null ? List.of() : picked.stream().map(File::toPath).toList();
        } else if (answer.filter(folder::equals).isPresent()) {
            DirectoryChooser dc = new DirectoryChooser();
            dc.setTitle(ctx.text("documents.add.title"));
            File dir = dc.showDialog(owner);
            chosen = dir == null ? List.of() : List.of(dir.toPath());
        }
        if (!chosen.isEmpty()) {
            preview(ctx, owner, chosen, Optional.empty(), actor);
        }
    }

    /**
     * Plans adding the files (to {@code ref}'s case, or each to the case its name starts with) and
     * shows the preview. Tests call this directly, since a file chooser cannot be driven.
     */
    public static void preview(AppContext ctx, Window owner, List<Path> chosen, Optional<String> ref, Actor actor) {
        Tasks.create(() -> ref.isPresent() ? ctx.documents().planForCase(ref.get(), chosen) : ctx.documents().plan(chosen))
                .onSuccess(plan -> show(ctx, owner, plan, actor))
                .onError(e -> Dialogs.showError(ctx, owner, e))
                .runOn(ctx.dbExecutor());
    }

    private static void show(AppContext ctx, Window owner, DocumentPlan plan, Actor actor) {
        Stage stage = new Stage();
        Label summary = new Label(ctx.text("documents.preview.summary", plan.toAdd().size(), plan.unmatched().size(),
                plan.duplicates().size(), plan.refused().size() - plan.unmatched().size()));
        summary.setId("documentPreviewSummary");
        summary.setWrapText(true);
        Label verdict = new Label(plan.isValid() ? "" : ctx.text("documents.preview.invalid"));
        verdict.getStyleClass().add("status-warning");
        verdict.setWrapText(true);
        TableView<Item> table = table(ctx, plan);
        Button add = new Button(ctx.text("documents.preview.add", plan.toAdd().size()));
        add.setId("addDocumentsButton");
        add.setDefaultButton(true);
        add.setDisable(!plan.isValid() || plan.toAdd().isEmpty());
        Button cancel = new Button(ctx.text("documents.preview.cancel"));
        cancel.setCancelButton(true);
        cancel.setOnAction(e -> stage.close());
        add.setOnAction(e -> {
            add.setDisable(true);
            Tasks.create(() -> ctx.documents().apply(plan, actor))
                    .onSuccess(added -> {
                        stage.close();
                        ctx.notifyDataChanged();
                    })
                    .onError(err -> {
                        add.setDisable(false);
                        Dialogs.showError(ctx, stage, err);
                    })
                    .runOn(ctx.dbExecutor());
        });
        ButtonBar.setButtonData(add, ButtonBar.ButtonData.OK_DONE);
        HBox buttons = new HBox(8, verdict, new Region(), cancel, add);
        HBox.setHgrow(buttons.getChildren().get(1), Priority.ALWAYS);
        buttons.setAlignment(Pos.CENTER_RIGHT);
        VBox root = new VBox(10, summary, table, buttons);
        VBox.setVgrow(table, Priority.ALWAYS);
        root.setPadding(new Insets(12));
        root.setPrefSize(760, 420);
        root.setStyle(UiFonts.rootStyle());
        Scene scene = new Scene(root);
        if (owner != null && owner.getScene() != null) {
            scene.getStylesheets().addAll(owner.getScene().getStylesheets());
        }
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle(ctx.text("documents.add.title"));
        stage.setScene(scene);
        stage.show();
    }

    private static TableView<Item> table(AppContext ctx, DocumentPlan plan) {
        TableView<Item> table = new TableView<>(FXCollections.observableArrayList(plan.items()));
        table.setId("documentPreviewTable");
        TableColumn<Item, String> file = new TableColumn<>(ctx.text("documents.preview.file"));
        file.setCellValueFactory(r -> new ReadOnlyStringWrapper(DocumentNames.printable(r.getValue().name())));
        file.setPrefWidth(280);
        TableColumn<Item, String> ref = new TableColumn<>(ctx.text("documents.preview.case"));
        ref.setCellValueFactory(r -> new ReadOnlyStringWrapper(r.getValue().ref().orElse("—")));
        ref.setPrefWidth(90);
        TableColumn<Item, String> outcome = new TableColumn<>(ctx.text("documents.preview.outcome"));
        outcome.setCellValueFactory(r -> new ReadOnlyStringWrapper(DocumentTexts.outcome(ctx, r.getValue())));
        outcome.setPrefWidth(360);
        table.getColumns().addAll(List.of(file, ref, outcome));
        table.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(Item item, boolean empty) {
                super.updateItem(item, empty);
                getStyleClass().removeAll("preview-refused", "preview-skipped");
                if (!empty && item != null && item.outcome() == DocumentPlan.Outcome.REFUSED) {
                    getStyleClass().add("preview-refused");
                } else if (!empty && item != null && item.outcome() != DocumentPlan.Outcome.ADD) {
                    getStyleClass().add("preview-skipped");
                }
            }
        });
        return table;
    }
}
