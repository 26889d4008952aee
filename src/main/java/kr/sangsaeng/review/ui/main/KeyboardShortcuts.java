package kr.sangsaeng.review.ui.main;

import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.TextArea;
import javafx.stage.Window;
import kr.sangsaeng.review.ui.AppContext;

/** Help → Keyboard shortcuts: every key the window and its views answer to, in one list. */
final class KeyboardShortcuts {
    private KeyboardShortcuts() {
    }

    static void show(AppContext ctx, Window owner) {
        TextArea list = new TextArea(ctx.text("shortcuts.list"));
        list.setId("shortcutsList");
        list.setEditable(false);
        list.setWrapText(true);
        list.setPrefRowCount(22);
        list.setPrefColumnCount(60);
        list.setAccessibleText(ctx.text("menu.help.shortcuts"));
        list.setAccessibleHelp(ctx.text("help.shortcuts.list"));
        Alert alert = new Alert(Alert.AlertType.NONE, "", ButtonType.CLOSE);
        alert.initOwner(owner);
        alert.setTitle(ctx.text("menu.help.shortcuts"));
        alert.setHeaderText(null);
        alert.getDialogPane().setContent(list);
        alert.setResizable(true);
        alert.show();
    }
}
