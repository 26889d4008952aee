package kr.sangsaeng.review.ui.main;

import java.util.List;
import java.util.function.BiConsumer;
import javafx.event.ActionEvent;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.stage.Modality;
import javafx.stage.Window;
import kr.sangsaeng.review.service.OpenRound;
import kr.sangsaeng.review.service.RoundFiles;
import kr.sangsaeng.review.ui.AppContext;
import kr.sangsaeng.review.ui.common.ErrorMessages;
import kr.sangsaeng.review.ui.common.Tasks;

/**
 * File → Connect to server…: host, port, database and login of a round on a PostgreSQL server
 * (docs/server-mode.md). A whole address {@code postgresql://USER@HOST:PORT/DATABASE} pasted into
 * the host field is split into the fields. The password, when typed, is handed to the connection
 * and kept in memory only; left empty, PGPASSWORD or ~/.pgpass supply it. The dialog stays open
 * with a sentence when the connection fails, so the user can correct a field and try again.
 */
final class ConnectDialog {
    private final AppContext ctx;
    private final Dialog<Void> dialog = new Dialog<>();
    private final TextField host = field("connectHost", 22);
    private final TextField port = field("connectPort", 6);
    private final TextField database = field("connectDatabase", 22);
    private final TextField login = field("connectLogin", 22);
    private final PasswordField password = new PasswordField();
    private final Label problem = new Label();
    private final BiConsumer<String, OpenRound> connected;

    private ConnectDialog(AppContext ctx, Window owner, BiConsumer<String, OpenRound> connected) {
        this.ctx = ctx;
        this.connected = connected;
        dialog.initOwner(owner);
        dialog.initModality(Modality.WINDOW_MODAL);
        dialog.setTitle(ctx.text("connect.title"));
        dialog.setHeaderText(ctx.text("connect.header"));
        password.setId("connectPassword");
        password.setPromptText(ctx.text("connect.passwordPrompt"));
        host.setPromptText(ctx.text("connect.hostPrompt"));
        problem.setId("connectProblem");
        problem.setWrapText(true);
        problem.setMaxWidth(460);
        problem.getStyleClass().add("status-warning");
        // A pasted address fills every field once the host field is left (or on Connect): not while
        // typing, when "postgresql://me@db:5432/a" is already an address on the way to ".../award".
        host.focusedProperty().addListener((o, was, now) -> {
            if (!now) {
                splitAddress();
            }
        });
        dialog.getDialogPane().setContent(grid());
        ButtonType connect = new ButtonType(ctx.text("connect.connect"), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(connect, ButtonType.CANCEL);
        Button connectButton = (Button) dialog.getDialogPane().lookupButton(connect);
        // A whole address in the host field is enough; it is split on Connect.
        connectButton.disableProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(
                () -> host.getText().isBlank() || !host.getText().strip().startsWith("postgres")
                        && (database.getText().isBlank() || login.getText().isBlank()),
                host.textProperty(), database.textProperty(), login.textProperty()));
        // The dialog closes only once connected: a failure is shown in it, with the fields kept.
        connectButton.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume();
            tryConnect();
        });
    }

    /** Shows the dialog, filled with {@code address} (or empty); {@code connected} gets the address and the open round. */
    static void show(AppContext ctx, Window owner, String address, String failure, BiConsumer<String, OpenRound> connected) {
        ConnectDialog d = new ConnectDialog(ctx, owner, connected);
        List<String> recent = ctx.settings().recentServers();
        String start = address != null ? address : recent.isEmpty() ? null : recent.get(0);
        if (start != null) {
            d.fillFrom(start);
        } else {
            d.port.setText("5432");
        }
        d.problem.setText(failure == null ? "" : failure);
        d.dialog.show();
        (d.host.getText().isEmpty() ? d.host : d.password).requestFocus();
    }

    private GridPane grid() {
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        grid.setPadding(new Insets(12));
        grid.addRow(0, label("connect.host", host), host);
        grid.addRow(1, label("connect.port", port), port);
        grid.addRow(2, label("connect.database", database), database);
        grid.addRow(3, label("connect.login", login), login);
        grid.addRow(4, label("connect.password", password), password);
        Label hint = new Label(ctx.text("connect.hint"));
        hint.setWrapText(true);
        hint.setMaxWidth(460);
        grid.add(hint, 0, 5, 2, 1);
        grid.add(problem, 0, 6, 2, 1);
        return grid;
    }

    private Label label(String key, javafx.scene.control.Control field) {
        Label l = new Label(ctx.text(key));
        l.setLabelFor(field);
        field.setAccessibleText(ctx.text(key));
        return l;
    }

    private static TextField field(String id, int columns) {
        TextField f = new TextField();
        f.setId(id);
        f.setPrefColumnCount(columns);
        return f;
    }

    private boolean fillFrom(String address) {
        try {
            String[] parts = RoundFiles.serverAddressParts(address);
            login.setText(parts[0]);
            port.setText(parts[2]);
            database.setText(parts[3]);
            host.setText(parts[1]);
            problem.setText("");
            return true;
        } catch (IllegalArgumentException e) {
            problem.setText(ctx.text(address.matches("postgres(?:ql)?://[^@/]*:[^@/]*@.*")
                    ? "connect.passwordInAddress" : "connect.badAddress"));
            return false;
        }
    }

    private boolean splitAddress() {
        String text = host.getText() == null ? "" : host.getText().strip();
        if (text.startsWith("postgres")) {
            return fillFrom(text);
        }
        return true;
    }

    private void tryConnect() {
        if (!splitAddress()) {
            return;
        }
        String address;
        try {
            int p = Integer.parseInt(port.getText().strip());
            address = RoundFiles.serverAddress(login.getText(), host.getText(), p, database.getText());
        } catch (IllegalArgumentException e) {
            problem.setText(ctx.text("connect.badFields"));
            return;
        }
        char[] typed = password.getText().isEmpty() ? null : password.getText().toCharArray();
        problem.setText(ctx.text("connect.connecting", address));
        dialog.getDialogPane().setDisable(true);
        Tasks.create(() -> RoundFiles.openServer(address, typed))
                .onSuccess(round -> {
                    password.clear();
                    dialog.setResult(null);
                    dialog.close();
                    connected.accept(address, round);
                })
                .onError(e -> problem.setText(ErrorMessages.describe(ctx, e)))
                .andFinally(() -> dialog.getDialogPane().setDisable(false))
                .runOn(ctx.dbExecutor());
    }
}
