package kr.sangsaeng.review.ui.rubric;

import java.util.Optional;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;
import kr.sangsaeng.review.ui.AppContext;
import kr.sangsaeng.review.ui.common.Dialogs;

/**
 * The secretary's two questions about a reviewer's login (docs/server-mode.md): which login to give
 * (prefilled with a suggestion made from the name), and whether to take one off. The app never asks
 * for, holds or shows a password: the database administrator sets it, and the reviewer keeps it in
 * PGPASSWORD or ~/.pgpass. Buttons are labelled in the app's language, not the system's.
 */
final class LoginDialogs {
    private static final double TEXT_WIDTH = 440;

    private LoginDialogs() {
    }

    /** Asks for the login to give {@code reviewer}; empty when the secretary cancels. */
    static Optional<String> askLogin(AppContext ctx, Window owner, String reviewer, String suggestion) {
        Dialog<String> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(ctx.text("reviewers.login.giveTitle"));
        dialog.setHeaderText(ctx.text("reviewers.login.giveHeader", reviewer));
        TextField login = new TextField(suggestion);
        login.setId("loginField");
        login.setPrefColumnCount(24);
        login.setAccessibleText(ctx.text("reviewers.login.field"));
        Label problem = new Label();
        problem.setId("loginProblem");
        problem.getStyleClass().add("problems");
        problem.setWrapText(true);
        problem.setMaxWidth(TEXT_WIDTH);
        problem.textProperty().bind(Bindings.createStringBinding(() -> login.getText().isBlank()
                || ReviewersViewModel.isWellFormedLogin(login.getText().strip()) ? "" : ctx.text("reviewers.login.malformed"),
                login.textProperty()));

        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        grid.setPadding(new Insets(12));
        Label label = new Label(ctx.text("reviewers.login.field"));
        label.setLabelFor(login);
        grid.addRow(0, label, login);
        grid.add(problem, 0, 1, 2, 1);
        grid.add(text(ctx.text("reviewers.login.password")), 0, 2, 2, 1);
        dialog.getDialogPane().setContent(grid);

        ButtonType give = new ButtonType(ctx.text("reviewers.login.giveButton"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(ctx.text("button.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().addAll(give, cancel);
        Node giveButton = dialog.getDialogPane().lookupButton(give);
        giveButton.setId("giveLoginConfirm");
        giveButton.disableProperty().bind(Bindings.createBooleanBinding(
                () -> !ReviewersViewModel.isWellFormedLogin(login.getText().strip()), login.textProperty()));
        dialog.setResultConverter(b -> b == give ? login.getText().strip() : null);
        Platform.runLater(() -> {
            login.requestFocus();
            login.selectAll();
        });
        return dialog.showAndWait();
    }

    /** Asks whether to take {@code login} off {@code reviewer}. */
    static boolean confirmTakeOff(AppContext ctx, Window owner, String reviewer, String login) {
        ButtonType takeOff = new ButtonType(ctx.text("reviewers.login.takeOffButton"), ButtonBar.ButtonData.OK_DONE);
        ButtonType keep = new ButtonType(ctx.text("reviewers.login.keep"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = Dialogs.alert(ctx, owner, Alert.AlertType.CONFIRMATION, "", takeOff, keep);
        alert.getDialogPane().setContent(text(ctx.text("reviewers.login.confirmTakeOff", reviewer, login)));
        alert.getDialogPane().lookupButton(takeOff).setId("takeLoginOffConfirm");
        return alert.showAndWait().filter(b -> b == takeOff).isPresent();
    }

    private static Label text(String sentence) {
        Label l = new Label(sentence);
        l.setWrapText(true);
        l.setMaxWidth(TEXT_WIDTH);
        l.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        return l;
    }
}
