package kr.sangsaeng.review.ui.documents;

import java.util.List;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;
import javafx.util.StringConverter;
import kr.sangsaeng.review.service.Actor;
import kr.sangsaeng.review.model.Document;
import kr.sangsaeng.review.model.PinStatus;
import kr.sangsaeng.review.service.EvidenceService.PinnedFigure;
import kr.sangsaeng.review.ui.AppContext;
import kr.sangsaeng.review.ui.common.Dialogs;
import kr.sangsaeng.review.ui.common.Tasks;
import kr.sangsaeng.review.ui.common.UiFonts;

/**
 * Pins one of the case's reported figures to a page of the open document, with an optional quote,
 * the finding (verified, unverified, contradicted) and a note.
 */
final class PinDialog {
    private PinDialog() {
    }

    static void show(AppContext ctx, Window owner, long submissionId, Document doc, String docName, int page, String quote,
                     Actor actor, Runnable done) {
        Tasks.create(() -> ctx.evidence().figures(submissionId))
                .onSuccess(figures -> {
                    if (figures.isEmpty()) {
                        Dialogs.info(ctx, owner, ctx.text("pin.noFigures"));
                    } else {
                        open(ctx, owner, submissionId, doc, docName, page, quote, actor, done, figures);
                    }
                })
                .onError(e -> Dialogs.showError(ctx, owner, e))
                .runOn(ctx.dbExecutor());
    }

    private static void open(AppContext ctx, Window owner, long submissionId, Document doc, String docName, int page,
                             String quote, Actor actor, Runnable done, List<PinnedFigure> figures) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(ctx.text("pin.title"));
        dialog.setHeaderText(ctx.text("pin.header", docName, page));
        ComboBox<PinnedFigure> figure = new ComboBox<>(FXCollections.observableArrayList(figures));
        figure.setId("pinFigureChoice");
        figure.setCellFactory(l -> new FigureCell());
        figure.setButtonCell(new FigureCell());
        figure.getSelectionModel().select(figures.stream().filter(f -> f.pin().isEmpty()).findFirst().orElse(figures.get(0)));
        Spinner<Integer> pageSpinner = new Spinner<>(1, Math.max(1, doc.pages()), Math.max(1, page));
        pageSpinner.setId("pinPageSpinner");
        pageSpinner.setEditable(true);
        TextField quoteField = new TextField(quote);
        quoteField.setId("pinQuoteField");
        ChoiceBox<PinStatus> status = new ChoiceBox<>(FXCollections.observableArrayList(PinStatus.values()));
        status.setId("pinStatusChoice");
        status.setConverter(new StringConverter<>() {
            @Override
            public String toString(PinStatus s) {
                return s == null ? "" : DocumentTexts.status(ctx, s);
            }

            @Override
            public PinStatus fromString(String s) {
                return null;
            }
        });
        status.setValue(PinStatus.VERIFIED);
        TextField note = new TextField();
        note.setId("pinNoteField");
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        grid.setPadding(new Insets(10));
        grid.addRow(0, new Label(ctx.text("pin.figure")), figure);
        grid.addRow(1, new Label(ctx.text("pin.page")), pageSpinner);
        grid.addRow(2, new Label(ctx.text("pin.quote")), quoteField);
        grid.addRow(3, new Label(ctx.text("pin.status")), status);
        grid.addRow(4, new Label(ctx.text("pin.note")), note);
        dialog.getDialogPane().setContent(grid);
        dialog.getDialogPane().setStyle(UiFonts.rootStyle());
        ButtonType save = new ButtonType(ctx.text("pin.save"), javafx.scene.control.ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(save, ButtonType.CANCEL);
        dialog.getDialogPane().lookupButton(save).setId("pinSaveButton");
        dialog.setOnHidden(e -> {
            if (dialog.getResult() != save || figure.getValue() == null) {
                return;
            }
            long metricId = figure.getValue().metric().id();
            int p = pageSpinner.getValue();
            Tasks.create(() -> ctx.evidence().pin(submissionId, metricId, doc.id(), p, quoteField.getText(), status.getValue(),
                            note.getText(), actor))
                    .onSuccess(pin -> done.run())
                    .onError(err -> Dialogs.showError(ctx, owner, err))
                    .runOn(ctx.dbExecutor());
        });
        dialog.show();
    }

    private static final class FigureCell extends ListCell<PinnedFigure> {
        @Override
        protected void updateItem(PinnedFigure f, boolean empty) {
            super.updateItem(f, empty);
            setText(empty || f == null ? null : f.metric().label() + " — " + f.value().asWritten()
                    + f.pin().map(p -> "  [" + DocumentTexts.mark(p.status()) + " p." + p.page() + "]").orElse(""));
        }
    }
}
