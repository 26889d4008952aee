package kr.sangsaeng.review.ui.main;

import java.time.Year;
import java.util.Optional;
import javafx.geometry.Insets;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;
import kr.sangsaeng.review.model.Round;
import kr.sangsaeng.review.ui.AppContext;

/** File → New review file: the round's name, year and organisers, and which rubric to start from. */
final class NewRoundDialog {
    /** What the secretary chose. */
    record Choice(Round round, boolean sampleRubric) {
    }

    /** Per-user setting: whether new rounds start in blind review. */
    static final String BLIND_DEFAULT = "blindMode.default";

    private NewRoundDialog() {
    }

    static Optional<Choice> show(AppContext ctx, Window owner) {
        Dialog<Choice> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(ctx.text("newRound.title"));
        dialog.setHeaderText(ctx.text("newRound.header"));
        TextField name = new TextField();
        name.setPromptText(ctx.text("newRound.namePrompt"));
        name.setId("newRoundName");
        Spinner<Integer> year = new Spinner<>(2000, 2100, Year.now().getValue());
        year.setEditable(true);
        year.setId("newRoundYear");
        TextField organisers = new TextField();
        organisers.setId("newRoundOrganisers");
        organisers.setPromptText(ctx.text("newRound.organisersPrompt"));
        ChoiceBox<String> rubric = new ChoiceBox<>();
        rubric.getItems().addAll(ctx.text("newRound.rubric.sample"), ctx.text("newRound.rubric.empty"));
        rubric.getSelectionModel().selectFirst();
        rubric.setId("newRoundRubric");
        // Committees that always review blind set this once: the choice is kept as the next default.
        javafx.scene.control.CheckBox blind = new javafx.scene.control.CheckBox(ctx.text("newRound.blind"));
        blind.setId("newRoundBlind");
        blind.setSelected(Boolean.parseBoolean(ctx.settings().get(BLIND_DEFAULT).orElse("false")));

        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        grid.setPadding(new Insets(12));
        grid.addRow(0, labelFor(ctx.text("newRound.name"), name), name);
        grid.addRow(1, labelFor(ctx.text("newRound.year"), year), year);
        grid.addRow(2, labelFor(ctx.text("newRound.organisers"), organisers), organisers);
        grid.addRow(3, labelFor(ctx.text("newRound.rubric"), rubric), rubric);
        grid.add(blind, 1, 4);
        name.setPrefColumnCount(28);
        dialog.getDialogPane().setContent(grid);
        ButtonType create = new ButtonType(ctx.text("newRound.create"), javafx.scene.control.ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(create, ButtonType.CANCEL);
        dialog.getDialogPane().lookupButton(create).disableProperty().bind(name.textProperty().isEmpty());
        dialog.setResultConverter(b -> {
            if (b != create) {
                return null;
            }
            ctx.settings().put(BLIND_DEFAULT, Boolean.toString(blind.isSelected()));
            return new Choice(new Round(name.getText().strip(), year.getValue(), organisers.getText().strip(),
                    blind.isSelected()), rubric.getSelectionModel().getSelectedIndex() == 0);
        });
        return dialog.showAndWait();
    }

    /** A field's label, which a screen reader also reads as the field's name. */
    private static Label labelFor(String text, javafx.scene.Node field) {
        Label label = new Label(text);
        label.setLabelFor(field);
        return label;
    }
}
