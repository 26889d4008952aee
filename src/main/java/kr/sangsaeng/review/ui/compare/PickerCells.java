package kr.sangsaeng.review.ui.compare;

import java.util.function.Function;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;
import javafx.util.StringConverter;

/** Gives a combo box labels for its items, including a null item ("none"), in list and button alike. */
final class PickerCells {
    private PickerCells() {
    }

    static <T> void label(ComboBox<T> box, Function<T, String> text) {
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(T item) {
                return text.apply(item);
            }

            @Override
            public T fromString(String s) {
                return null;
            }
        });
        box.setCellFactory(l -> new Cell<>(text));
        box.setButtonCell(new Cell<>(text));
    }

    private static final class Cell<T> extends ListCell<T> {
        private final Function<T, String> text;

        Cell(Function<T, String> text) {
            this.text = text;
        }

        @Override
        protected void updateItem(T item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty ? null : text.apply(item));
        }
    }
}
