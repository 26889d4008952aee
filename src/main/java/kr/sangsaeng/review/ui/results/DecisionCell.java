package kr.sangsaeng.review.ui.results;

import javafx.collections.FXCollections;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.ListCell;
import javafx.scene.control.TableCell;
import kr.sangsaeng.review.ui.AppContext;

/**
 * The decision of a case, as a drop-down that is always visible (no double click to find it) and
 * saves as soon as the committee picks a value.
 */
final class DecisionCell extends TableCell<ResultRow, ResultRow> {
    private final ResultsViewModel vm;
    private final ComboBox<DecisionChoice> box = new ComboBox<>(FXCollections.observableArrayList(DecisionChoice.values()));
    /** Set while the box shows a row's stored value, so that showing it does not save it again. */
    private boolean showing;

    DecisionCell(AppContext ctx, ResultsViewModel vm) {
        this.vm = vm;
        box.setMaxWidth(Double.MAX_VALUE);
        box.setCellFactory(l -> new ChoiceCell(ctx));
        box.setButtonCell(new ChoiceCell(ctx));
        box.setAccessibleText(ctx.text("results.col.decision"));
        box.valueProperty().addListener((o, was, now) -> {
            ResultRow row = getItem();
            if (!showing && row != null && now != null) {
                vm.saveDecision(row, now, row.note());
            }
        });
        setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
    }

    @Override
    protected void updateItem(ResultRow row, boolean empty) {
        super.updateItem(row, empty);
        if (empty || row == null) {
            setGraphic(null);
            return;
        }
        showing = true;
        try {
            box.setValue(row.decisionChoice());
        } finally {
            showing = false;
        }
        box.getStyleClass().removeAll("decision-set");
        if (row.decision() != null) {
            box.getStyleClass().add("decision-set");
        }
        setGraphic(box);
    }

    /** Shows a choice by its label in the UI's language. */
    static final class ChoiceCell extends ListCell<DecisionChoice> {
        private final AppContext ctx;

        ChoiceCell(AppContext ctx) {
            this.ctx = ctx;
        }

        @Override
        protected void updateItem(DecisionChoice c, boolean empty) {
            super.updateItem(c, empty);
            setText(empty || c == null ? null : ctx.text("decision." + c.key()));
        }
    }
}
