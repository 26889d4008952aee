package kr.sangsaeng.review.ui.main;

import java.util.Optional;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;
import kr.sangsaeng.review.ui.AppContext;

/** Shown once, on first start, over the demo round: explore it, start a new round, or open a file. */
final class WelcomeDialog {
    enum Next { EXPLORE_DEMO, NEW_ROUND, OPEN }

    private WelcomeDialog() {
    }

    static Next show(AppContext ctx, Window owner) {
        ButtonType explore = new ButtonType(ctx.text("welcome.explore"), ButtonBar.ButtonData.OK_DONE);
        ButtonType newRound = new ButtonType(ctx.text("menu.file.new"), ButtonBar.ButtonData.OTHER);
        ButtonType open = new ButtonType(ctx.text("menu.file.open"), ButtonBar.ButtonData.OTHER);
        Alert alert = new Alert(Alert.AlertType.NONE, ctx.text("welcome.text"), explore, newRound, open);
        alert.initOwner(owner);
        alert.setTitle(ctx.text("app.title"));
        alert.setHeaderText(ctx.text("welcome.header"));
        // Wide enough for its three choices side by side (WindowDefaults keeps each label whole),
        // in em so the width grows with the zoom: 46em is 600 px at 100%.
        alert.getDialogPane().setStyle("-fx-pref-width: 46em;");
        Optional<ButtonType> answer = alert.showAndWait();
        if (answer.isPresent() && answer.get() == newRound) {
            return Next.NEW_ROUND;
        }
        return answer.isPresent() && answer.get() == open ? Next.OPEN : Next.EXPLORE_DEMO;
    }
}
