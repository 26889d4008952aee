package kr.sangsaeng.review.ui.submissions;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ListChangeListener;
import javafx.scene.control.TableView;

/**
 * The case selected in a table that shows a {@link SwappingList}: selection follows the case, not the
 * row index. After each swap the case selected before is selected again where it now is, or the
 * selection is cleared when the filter hides it. {@link #selectedProperty()} is the row whose case is
 * highlighted, and changes only when that case changes (not during a swap), so the detail pane always
 * shows the highlighted case without being rebuilt on every keystroke.
 */
final class CaseSelection {
    private final TableView<SubmissionRow> table;
    private final SwappingList<SubmissionRow> rows;
    private final ReadOnlyObjectWrapper<SubmissionRow> selected = new ReadOnlyObjectWrapper<>();
    private boolean reselecting;

    CaseSelection(TableView<SubmissionRow> table, SwappingList<SubmissionRow> rows) {
        this.table = table;
        this.rows = rows;
        table.getSelectionModel().selectedItemProperty().addListener((o, a, row) -> {
            if (!rows.isSwapping() && !reselecting) {
                selected.set(row);
            }
        });
        // Registered after the table's own listeners (setItems came first), so this runs once the
        // selection model has moved or dropped its index for the swap.
        rows.addListener((ListChangeListener<SubmissionRow>) c -> reselect());
    }

    ReadOnlyObjectProperty<SubmissionRow> selectedProperty() {
        return selected.getReadOnlyProperty();
    }

    private void reselect() {
        SubmissionRow before = selected.get();
        if (before == null) {
            if (table.getSelectionModel().getSelectedIndex() >= 0) {
                clear();
            }
            return;
        }
        long id = before.submission().id();
        int at = indexOf(id);
        if (at < 0) {
            clear();
            selected.set(null);
            return;
        }
        var model = table.getSelectionModel();
        if (model.getSelectedIndex() != at || model.getSelectedItem() != rows.get(at)) {
            reselecting = true;
            try {
                // clearSelection first: select() on the index already selected would keep the old item.
                model.clearSelection();
                model.select(at);
            } finally {
                reselecting = false;
            }
        }
        // The same case, maybe a fresh row read from the file: show its current contents.
        selected.set(rows.get(at));
    }

    private void clear() {
        reselecting = true;
        try {
            table.getSelectionModel().clearSelection();
        } finally {
            reselecting = false;
        }
    }

    private int indexOf(long id) {
        for (int i = 0, n = rows.size(); i < n; i++) {
            if (rows.get(i).submission().id() == id) {
                return i;
            }
        }
        return -1;
    }
}
