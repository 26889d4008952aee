package kr.sangsaeng.review.ui.results;

import javafx.scene.control.ContentDisplay;
import javafx.scene.control.TableCell;
import javafx.scene.control.TextField;
import kr.sangsaeng.review.ui.AppContext;

/**
 * The note on a decision, typed straight into the row and saved on Enter or when the field loses
 * focus. A note belongs to a decision, so the field is off until one is chosen.
 */
final class NoteCell extends TableCell<ResultRow, ResultRow> {
    private final ResultsViewModel vm;
    private final TextField field = new TextField();

    NoteCell(AppContext ctx, ResultsViewModel vm) {
        this.vm = vm;
        field.setPromptText(ctx.text("results.note.prompt"));
        field.setAccessibleText(ctx.text("results.col.note"));
        field.setOnAction(e -> save());
        field.focusedProperty().addListener((o, was, now) -> {
            if (!now) {
                save();
            }
        });
        setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
    }

    private void save() {
        ResultRow row = getItem();
        if (row != null && row.decision() != null && !field.getText().strip().equals(row.note())) {
            vm.saveDecision(row, row.decisionChoice(), field.getText());
        }
    }

    @Override
    protected void updateItem(ResultRow row, boolean empty) {
        super.updateItem(row, empty);
        if (empty || row == null) {
            setGraphic(null);
            return;
        }
        field.setText(row.note());
        field.setDisable(row.decision() == null);
        setGraphic(field);
    }
}
