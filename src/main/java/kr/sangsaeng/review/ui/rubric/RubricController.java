package kr.sangsaeng.review.ui.rubric;

import kr.sangsaeng.review.service.RubricImpact;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.StringProperty;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.layout.GridPane;
import kr.sangsaeng.review.ui.AppContext;
import kr.sangsaeng.review.ui.common.Dialogs;
import kr.sangsaeng.review.ui.common.Draft;
import kr.sangsaeng.review.ui.common.TaskRunner;
import kr.sangsaeng.review.ui.rubric.RubricValidator.Field;

/** Binds the rubric table, the form for the selected criterion and the round settings to the view model. */
public final class RubricController {
    private final AppContext ctx;
    private final RubricViewModel vm;
    private CriterionDraft bound;

    @FXML private SplitPane rubricRoot;
    @FXML private Label weightSumLabel;
    @FXML private TableView<CriterionDraft> criteriaTable;
    @FXML private TableColumn<CriterionDraft, String> positionColumn;
    @FXML private TableColumn<CriterionDraft, String> keyColumn;
    @FXML private TableColumn<CriterionDraft, String> labelColumn;
    @FXML private TableColumn<CriterionDraft, String> weightColumn;
    @FXML private TableColumn<CriterionDraft, String> scaleColumn;
    @FXML private TableColumn<CriterionDraft, String> criterionScoresColumn;
    @FXML private Button removeCriterionButton;
    @FXML private Button upButton;
    @FXML private Button downButton;
    @FXML private GridPane form;
    @FXML private TextField keyField;
    @FXML private TextField labelField;
    @FXML private TextField weightField;
    @FXML private TextField minField;
    @FXML private TextField maxField;
    @FXML private TextArea guidanceArea;
    @FXML private Label problemsLabel;
    @FXML private Label rubricStatus;
    @FXML private Button revertButton;
    @FXML private Button saveRubricButton;
    @FXML private CheckBox blindCheck;
    @FXML private Label reviewerLoginNote;
    @FXML private javafx.scene.layout.HBox criterionButtons;
    @FXML private javafx.scene.layout.HBox rubricSaveBar;
    @FXML private ReviewersController reviewersViewController;

    public RubricController(AppContext ctx) {
        this.ctx = ctx;
        this.vm = new RubricViewModel(ctx, ctx.dbRunner());
    }

    @FXML
    private void initialize() {
        setUpTable();
        vm.selectedProperty().addListener((o, a, d) -> bindForm(d));
        vm.problems().addListener((ListChangeListener<String>) c -> showProblems());
        weightSumLabel.textProperty().bind(vm.weightSumProperty());
        rubricStatus.textProperty().bind(vm.statusProperty());
        removeCriterionButton.disableProperty().bind(vm.selectedProperty().isNull());
        upButton.disableProperty().bind(vm.selectedProperty().isNull());
        downButton.disableProperty().bind(vm.selectedProperty().isNull());
        form.disableProperty().bind(vm.selectedProperty().isNull().or(ctx.reviewerLoginProperty()));
        showReviewerLogin();
        saveRubricButton.disableProperty().bind(vm.validProperty().not().or(vm.dirtyProperty().not()));
        revertButton.disableProperty().bind(vm.dirtyProperty().not());
        blindCheck.selectedProperty().bindBidirectional(vm.blindProperty());
        bindForm(null);
        showProblems();
        if (ctx.round() != null) {
            vm.load(ctx.round());
        }
    }

    /**
     * A reviewer's login on a server round reads the rubric, the round's settings and the panel, but
     * the server takes changes to them from the secretary only (docs/server-mode.md, "Roles enforced
     * by the server"): the controls are off, and a sentence at the top says why.
     */
    private void showReviewerLogin() {
        javafx.beans.binding.BooleanExpression reviewer = ctx.reviewerLoginProperty();
        reviewerLoginNote.visibleProperty().bind(reviewer);
        reviewerLoginNote.managedProperty().bind(reviewer);
        reviewerLoginNote.textProperty().bind(Bindings.createStringBinding(() -> ctx.round() == null ? ""
                : ctx.round().serverLogin().map(login -> ctx.text("reviewerLogin.rubric", login)).orElse(""),
                ctx.roundProperty()));
        criterionButtons.disableProperty().bind(reviewer);
        rubricSaveBar.disableProperty().bind(reviewer);
        blindCheck.disableProperty().bind(reviewer);
    }

    /** Called when the tab is shown: scores may have been given since the rubric was read. */
    public void onShown() {
        vm.reloadUnlessEditing();
        reviewersViewController.onShown();
    }

    private void setUpTable() {
        criteriaTable.setItems(vm.drafts());
        positionColumn.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : Integer.toString(getIndex() + 1));
            }
        });
        keyColumn.setCellValueFactory(c -> c.getValue().keyProperty());
        labelColumn.setCellValueFactory(c -> c.getValue().labelProperty());
        weightColumn.setCellValueFactory(c -> c.getValue().weightProperty());
        scaleColumn.setCellValueFactory(c -> Bindings.concat(c.getValue().minProperty(), "–", c.getValue().maxProperty()));
        criterionScoresColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(Integer.toString(vm.scoreCount(c.getValue()))));
        criteriaTable.getSelectionModel().selectedItemProperty().addListener((o, a, d) -> {
            if (d != null) {
                vm.selectedProperty().set(d);
            }
        });
        vm.selectedProperty().addListener((o, a, d) -> {
            if (d != null && criteriaTable.getSelectionModel().getSelectedItem() != d) {
                criteriaTable.getSelectionModel().select(d);
            }
        });
    }

    /** Points the form at another criterion: each field edits that criterion's text directly. */
    private void bindForm(CriterionDraft d) {
        if (bound != null) {
            fields(bound).forEach((field, property) -> field.textProperty().unbindBidirectional(property));
        }
        bound = d;
        if (d == null) {
            List.of(keyField, labelField, weightField, minField, maxField, guidanceArea).forEach(f -> f.setText(""));
        } else {
            fields(d).forEach((field, property) -> field.textProperty().bindBidirectional(property));
        }
        showProblems();
    }

    private Map<TextInputControl, StringProperty> fields(CriterionDraft d) {
        return Map.of(keyField, d.keyProperty(), labelField, d.labelProperty(), weightField, d.weightProperty(),
                minField, d.minProperty(), maxField, d.maxProperty(), guidanceArea, d.guidanceProperty());
    }

    private void showProblems() {
        boolean ok = vm.problems().isEmpty();
        problemsLabel.setText(ok ? ctx.text("rubric.valid")
                : vm.problems().stream().map(p -> "• " + p).collect(Collectors.joining("\n")));
        problemsLabel.getStyleClass().removeAll("problems", "all-good");
        problemsLabel.getStyleClass().add(ok ? "all-good" : "problems");
        Set<Field> bad = bound == null ? Set.of() : vm.invalidFields(bound);
        mark(keyField, bad.contains(Field.KEY));
        mark(labelField, bad.contains(Field.LABEL));
        mark(weightField, bad.contains(Field.WEIGHT));
        mark(minField, bad.contains(Field.MIN));
        mark(maxField, bad.contains(Field.MAX));
        weightSumLabel.getStyleClass().remove("invalid-text");
        if (!vm.weightsAddUpProperty().get()) {
            weightSumLabel.getStyleClass().add("invalid-text");
        }
    }

    private static void mark(TextInputControl field, boolean invalid) {
        field.getStyleClass().remove("invalid");
        if (invalid) {
            field.getStyleClass().add("invalid");
        }
    }

    @FXML
    private void onAdd() {
        vm.add();
        keyField.requestFocus();
        keyField.selectAll();
    }

    @FXML
    private void onRemove() {
        vm.remove(vm.selectedProperty().get());
    }

    @FXML
    private void onUp() {
        vm.move(vm.selectedProperty().get(), -1);
    }

    @FXML
    private void onDown() {
        vm.move(vm.selectedProperty().get(), 1);
    }

    @FXML
    private void onRevert() {
        vm.revert();
    }

    /** Saves after saying what the change does to scores already given; refuses when it would strand any. */
    @FXML
    private void onSave() {
        save(() -> { });
    }

    /** Saves as the Save button does; false when the rubric cannot be saved or the user held back. */
    private boolean save(Runnable then) {
        if (!vm.validProperty().get()) {
            Dialogs.info(ctx, rubricRoot.getScene().getWindow(), ctx.text("rubric.refused",
                    vm.problems().stream().map(l -> "• " + l).collect(Collectors.joining("\n"))));
            return false;
        }
        RubricImpact impact = vm.impact();
        if (!impact.blockers().isEmpty()) {
            Dialogs.info(ctx, rubricRoot.getScene().getWindow(), ctx.text("rubric.refused", bullets(impact.blockers())));
            return false;
        }
        if (impact.warnings().isEmpty()
                || Dialogs.confirm(ctx, rubricRoot.getScene().getWindow(), ctx.text("rubric.confirmImpact", bullets(impact.warnings())))) {
            vm.save(then);
            return true;
        }
        return false;
    }

    /** The edits this tab holds until saved: the rubric, and the reviewer form. */
    public List<Draft> drafts() {
        Draft rubric = new Draft() {
            @Override
            public javafx.beans.value.ObservableBooleanValue dirtyProperty() {
                return vm.dirtyProperty();
            }

            @Override
            public boolean save(Runnable then) {
                return RubricController.this.save(then);
            }

            @Override
            public void discard() {
                vm.revert();
            }
        };
        return List.of(rubric, reviewersViewController.draft());
    }

    private String bullets(List<RubricImpact.Line> lines) {
        return vm.describe(lines).stream().map(l -> "• " + l).collect(Collectors.joining("\n"));
    }
}
