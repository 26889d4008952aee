package kr.sangsaeng.review.ui.results;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import kr.sangsaeng.review.format.Figures;
import kr.sangsaeng.review.ui.AppContext;

/**
 * The selected case beside the results table: ref, platform and title whole, its figures, what the
 * rule makes of it, and the committee's decision with a note that has room to be read and written.
 * The decision saves as soon as it is picked; the note on Save, Ctrl+Enter, or leaving the box.
 */
final class CaseDecisionPane extends VBox {
    private final AppContext ctx;
    private final ResultsViewModel vm;
    private final Label heading = new Label();
    private final Label title = new Label();
    private final Label figures = new Label();
    private final Label rule = new Label();
    private final ComboBox<DecisionChoice> decisionBox = new ComboBox<>(FXCollections.observableArrayList(DecisionChoice.values()));
    private final TextArea noteArea = new TextArea();
    private final Button saveNote;
    private final Label decided = new Label();
    private ResultRow row;
    /** Set while the pane shows a row's stored values, so that showing them does not save them again. */
    private boolean showing;
    private final Label secretaryOnly = new Label();

    CaseDecisionPane(AppContext ctx, ResultsViewModel vm) {
        super(8);
        this.ctx = ctx;
        this.vm = vm;
        setId("casePane");
        getStyleClass().add("results-pane");
        setPadding(new Insets(8, 12, 8, 12));
        setMinWidth(220);
        heading.setId("caseHeading");
        heading.getStyleClass().add("section-heading");
        for (Label l : new Label[] {heading, title, figures, rule, decided}) {
            l.setWrapText(true);
            l.setMinHeight(Region.USE_PREF_SIZE);
        }
        figures.getStyleClass().add("muted");
        decided.getStyleClass().add("muted");
        rule.setId("caseRule");
        decisionBox.setId("decisionBox");
        decisionBox.setMaxWidth(Double.MAX_VALUE);
        decisionBox.setCellFactory(l -> new ChoiceCell());
        decisionBox.setButtonCell(new ChoiceCell());
        decisionBox.setAccessibleText(ctx.text("results.col.decision"));
        decisionBox.setAccessibleHelp(ctx.text("help.results.decision"));
        decisionBox.valueProperty().addListener((o, was, now) -> {
            if (!showing && row != null && now != null) {
                vm.saveDecision(row, now, noteArea.getText());
            }
        });
        noteArea.setId("noteArea");
        noteArea.setWrapText(true);
        noteArea.setPrefRowCount(5);
        noteArea.setPromptText(ctx.text("results.note.prompt"));
        noteArea.setAccessibleText(ctx.text("results.col.note"));
        noteArea.setAccessibleHelp(ctx.text("help.results.note"));
        noteArea.focusedProperty().addListener((o, was, now) -> {
            if (!now) {
                saveNote();
            }
        });
        noteArea.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER && e.isShortcutDown()) {
                saveNote();
                e.consume();
            }
        });
        VBox.setVgrow(noteArea, Priority.ALWAYS);
        saveNote = new Button(ctx.text("results.note.save"));
        saveNote.setId("saveNoteButton");
        saveNote.setOnAction(e -> saveNote());
        saveNote.setMinWidth(Region.USE_PREF_SIZE);
        Label decisionLabel = new Label(ctx.text("results.col.decision"));
        decisionLabel.setLabelFor(decisionBox);
        Label noteLabel = new Label(ctx.text("results.col.note"));
        noteLabel.setLabelFor(noteArea);
        HBox noteBar = new HBox(8, noteLabel, new Region(), saveNote);
        HBox.setHgrow(noteBar.getChildren().get(1), Priority.ALWAYS);
        // A reviewer's login reads decisions but the server takes them from the secretary only (docs/server-mode.md).
        secretaryOnly.setId("decisionSecretaryOnly");
        secretaryOnly.setWrapText(true);
        secretaryOnly.setMinHeight(Region.USE_PREF_SIZE);
        secretaryOnly.getStyleClass().add("muted");
        secretaryOnly.setText(ctx.text("reviewerLogin.decisions"));
        secretaryOnly.visibleProperty().bind(ctx.reviewerLoginProperty());
        secretaryOnly.managedProperty().bind(ctx.reviewerLoginProperty());
        ctx.reviewerLoginProperty().addListener((o, was, now) -> show(row));
        getChildren().addAll(heading, title, figures, rule, decisionLabel, secretaryOnly, decisionBox, noteBar, noteArea,
                decided);
        show(null);
    }

    /**
     * Follows the table's selection, and the selected case's new row when the rows are replaced
     * (a saved decision replaces its row, and the table drops its selection for a moment).
     */
    void follow(TableView<ResultRow> table) {
        table.getSelectionModel().selectedItemProperty().addListener((o, a, r) -> {
            if (r != null) {
                show(r);
            }
        });
        table.getItems().addListener((ListChangeListener<ResultRow>) c -> {
            if (row == null) {
                // The first case is shown until another is chosen, so the pane never opens empty.
                if (!table.getItems().isEmpty() && table.getSelectionModel().isEmpty()) {
                    javafx.application.Platform.runLater(() -> {
                        if (table.getSelectionModel().isEmpty() && !table.getItems().isEmpty()) {
                            table.getSelectionModel().select(0);
                        }
                    });
                }
                return;
            }
            long id = row.submission().id();
            table.getItems().stream().filter(r -> r.submission().id() == id).findFirst().ifPresentOrElse(r -> {
                show(r);
                if (table.getSelectionModel().getSelectedItem() != r) {
                    table.getSelectionModel().select(r);
                }
            }, () -> show(null));
        });
    }

    private void saveNote() {
        if (row != null && row.decision() != null && !noteArea.getText().strip().equals(row.note())) {
            vm.saveDecision(row, row.decisionChoice(), noteArea.getText());
        }
    }

    private void show(ResultRow r) {
        boolean sameCase = r != null && row != null && row.submission().id() == r.submission().id();
        row = r;
        boolean none = r == null;
        boolean locked = none || ctx.reviewerLoginProperty().get();
        decisionBox.setDisable(locked);
        noteArea.setDisable(locked || r.decision() == null);
        saveNote.setDisable(locked || r.decision() == null);
        showing = true;
        try {
            if (none) {
                heading.setText(ctx.text("results.case.none"));
                title.setText("");
                figures.setText("");
                rule.setText("");
                decided.setText("");
                decisionBox.setValue(null);
                noteArea.setText("");
                return;
            }
            heading.setText(r.submission().ref() + " · " + r.submission().platformName());
            title.setText(r.submission().title());
            figures.setText(ctx.text("results.case.figures", Figures.score(r.stats().panelScore(), ctx.locale()),
                    Figures.score(r.stats().mean(), ctx.locale()), Figures.score(r.stats().median(), ctx.locale()),
                    Figures.score(r.stats().sd(), ctx.locale()), r.stats().completed()));
            rule.setText(ctx.text("results.case.rule", ResultsTable.outcomeText(ctx, r)));
            decisionBox.setValue(r.decisionChoice());
            if (!sameCase || !noteArea.isFocused()) { // never under the cursor of someone typing
                noteArea.setText(r.note());
            }
            decided.setText(r.decision() == null || r.decision().decidedBy().isEmpty() ? ""
                    : ctx.text("results.case.decided", r.decision().decidedBy(), DateTimeFormatter
                            .ofLocalizedDateTime(FormatStyle.SHORT).withLocale(ctx.locale())
                            .format(r.decision().decidedAt().atZone(ZoneId.systemDefault()))));
        } finally {
            showing = false;
        }
    }

    /** Shows a choice by its label in the UI's language. */
    private final class ChoiceCell extends ListCell<DecisionChoice> {
        @Override
        protected void updateItem(DecisionChoice c, boolean empty) {
            super.updateItem(c, empty);
            setText(empty || c == null ? null : ctx.text("decision." + c.key()));
        }
    }
}
