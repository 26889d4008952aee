package kr.sangsaeng.review.ui.scoring;

import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.TextArea;
import javafx.stage.Window;
import kr.sangsaeng.review.ui.AppContext;

/**
 * The round's pledge shown in full for the reviewer to confirm before scoring (docs/meeting.md):
 * the same confirmation the Meeting tab records, offered where the reviewer meets the need for it.
 */
final class PledgeOffer {
    private PledgeOffer() {
    }

    /** True when the reviewer read the text and chose to confirm it. */
    static boolean ask(AppContext ctx, Window owner, String reviewer, String pledge) {
        TextArea text = new TextArea(pledge);
        text.setId("pledgeOfferText");
        text.setEditable(false);
        text.setWrapText(true);
        text.setPrefRowCount(14);
        text.setAccessibleText(ctx.text("scoring.pledge.title"));
        ButtonType confirm = new ButtonType(ctx.text("scoring.pledge.confirm"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(ctx.text("scoring.pledge.later"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, "", confirm, cancel);
        alert.initOwner(owner);
        alert.setTitle(ctx.text("scoring.pledge.title"));
        alert.setHeaderText(ctx.text("scoring.pledge.header", reviewer));
        alert.getDialogPane().setContent(text);
        alert.getDialogPane().setPrefWidth(620);
        return alert.showAndWait().filter(b -> b == confirm).isPresent();
    }
}
