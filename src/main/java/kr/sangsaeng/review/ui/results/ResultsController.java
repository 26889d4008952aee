package kr.sangsaeng.review.ui.results;

import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Slider;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory.IntegerSpinnerValueFactory;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import kr.sangsaeng.review.analysis.PanelMethod;
import kr.sangsaeng.review.analysis.StabilityResult;
import kr.sangsaeng.review.ui.AppContext;
import kr.sangsaeng.review.ui.common.Dialogs;

/** Binds the Results view's controls to its view model; the table's columns are in {@link ResultsTable}. */
public final class ResultsController {
    private final AppContext ctx;
    private final ResultsViewModel vm;

    @FXML private BorderPane resultsRoot;
    @FXML private ComboBox<PanelMethod> methodBox;
    @FXML private Spinner<Integer> topNSpinner;
    @FXML private Spinner<Integer> minReviewsSpinner;
    @FXML private TextField thresholdField;
    @FXML private Spinner<Integer> maxPerAreaSpinner;
    @FXML private Label shortlistSummary;
    @FXML private Button stabilityButton;
    @FXML private ProgressBar stabilityBar;
    @FXML private Button cancelButton;
    @FXML private Label stabilityLabel;
    @FXML private Label whatIfBadge;
    @FXML private TableView<ResultRow> resultsTable;
    @FXML private Label placeholder;
    @FXML private Label methodNote;
    @FXML private javafx.scene.control.ScrollPane casePaneScroll;
    @FXML private Button resetWeightsButton;
    @FXML private GridPane weightsGrid;
    @FXML private Label agreementHeadline;
    @FXML private VBox agreementDetailsBox;
    @FXML private VBox biasBox;

    public ResultsController(AppContext ctx) {
        this.ctx = ctx;
        this.vm = new ResultsViewModel(ctx);
    }

    /** Bound by the main window to the tab's selection: the view reads the file when shown. */
    public BooleanProperty shownProperty() {
        return vm.shownProperty();
    }

    public ResultsViewModel viewModel() {
        return vm;
    }

    @FXML
    private void initialize() {
        new ResultsTable(ctx, vm).setUp(resultsTable);
        resultsTable.setItems(vm.rows());
        CaseDecisionPane casePane = new CaseDecisionPane(ctx, vm);
        casePane.follow(resultsTable);
        casePaneScroll.setContent(casePane);
        placeholder.textProperty().bind(Bindings.when(vm.busyProperty())
                .then(ctx.text("results.loading")).otherwise(ctx.text("results.empty")));
        setUpMethod();
        setUpRule();
        setUpStability();
        setUpWeights();
        agreementHeadline.textProperty().bind(vm.agreementHeadlineProperty());
        vm.agreementDetails().addListener((ListChangeListener<String>) c -> fill(agreementDetailsBox, vm.agreementDetails(), "muted"));
        vm.bias().addListener((ListChangeListener<String>) c -> fill(biasBox, vm.bias(), "bias-line"));
        vm.failureProperty().addListener((o, was, error) -> {
            if (error != null) {
                vm.failureProperty().set(null);
                Dialogs.showError(ctx, resultsRoot.getScene() == null ? null : resultsRoot.getScene().getWindow(), error);
            }
        });
    }

    private void setUpMethod() {
        methodBox.setItems(FXCollections.observableArrayList(PanelMethod.values()));
        methodBox.setCellFactory(l -> new MethodCell());
        methodBox.setButtonCell(new MethodCell());
        methodBox.valueProperty().bindBidirectional(vm.methodProperty());
        methodBox.setTooltip(new javafx.scene.control.Tooltip(ctx.text("results.method.tip")));
        // A z-score panel score is not a mark out of 100: say what its scale means while it is used.
        var zscore = vm.methodProperty().isEqualTo(PanelMethod.ZSCORE);
        methodNote.visibleProperty().bind(zscore);
        methodNote.managedProperty().bind(zscore);
    }

    private final class MethodCell extends ListCell<PanelMethod> {
        @Override
        protected void updateItem(PanelMethod m, boolean empty) {
            super.updateItem(m, empty);
            setText(empty || m == null ? null : ctx.text("method." + m.key()));
        }
    }

    private void setUpRule() {
        RuleForm rule = vm.rule();
        spinner(topNSpinner, 1, rule.topNProperty(), null);
        spinner(minReviewsSpinner, 0, rule.minReviewsProperty(), null);
        spinner(maxPerAreaSpinner, 0, rule.maxPerAreaProperty(), ctx.text("results.rule.noLimit"));
        rule.caseCountProperty().addListener((o, a, n) -> {
            ((IntegerSpinnerValueFactory) topNSpinner.getValueFactory()).setMax(n.intValue());
            ((IntegerSpinnerValueFactory) maxPerAreaSpinner.getValueFactory()).setMax(n.intValue());
        });
        rule.reviewerCountProperty().addListener((o, a, n) ->
                ((IntegerSpinnerValueFactory) minReviewsSpinner.getValueFactory()).setMax(n.intValue()));
        thresholdField.textProperty().bindBidirectional(rule.thresholdProperty());
        rule.thresholdValidProperty().addListener((o, a, valid) -> thresholdField.pseudoClassStateChanged(
                javafx.css.PseudoClass.getPseudoClass("invalid"), !valid));
        shortlistSummary.textProperty().bind(Bindings.createStringBinding(
                () -> ctx.text("results.summary", vm.shortlistedProperty().get(), vm.rows().size())
                        + (vm.withdrawnProperty().get().isEmpty() ? ""
                        : " " + ctx.text("results.withdrawn", vm.withdrawnProperty().get())),
                vm.shortlistedProperty(), vm.rows(), vm.withdrawnProperty()));
    }

    /** An editable spinner kept in step with a view-model number; {@code zeroText} names a 0 ("no limit"). */
    private static void spinner(Spinner<Integer> s, int min, javafx.beans.property.IntegerProperty value, String zeroText) {
        IntegerSpinnerValueFactory f = new IntegerSpinnerValueFactory(min, Math.max(min, 10_000), value.get());
        if (zeroText != null) {
            f.setConverter(new StringConverter<>() {
                @Override
                public String toString(Integer v) {
                    return v == null || v == 0 ? zeroText : v.toString();
                }

                @Override
                public Integer fromString(String text) {
                    String t = text == null ? "" : text.strip();
                    return t.isEmpty() || t.equals(zeroText) ? 0 : Integer.valueOf(t);
                }
            });
        }
        s.setValueFactory(f);
        value.addListener((o, a, v) -> f.setValue(v.intValue()));
        f.valueProperty().addListener((o, a, v) -> {
            if (v != null) {
                value.set(v);
            }
        });
        // Typing a number and leaving the field applies it, as people expect of a text field.
        s.focusedProperty().addListener((o, was, now) -> {
            if (!now) {
                s.increment(0);
            }
        });
    }

    private void setUpStability() {
        var running = vm.stabilityRunningProperty();
        for (Node n : List.of(stabilityBar, cancelButton)) {
            n.visibleProperty().bind(running);
            n.managedProperty().bind(running);
        }
        stabilityBar.progressProperty().bind(vm.stabilityProgressProperty());
        stabilityButton.disableProperty().bind(running.or(Bindings.isEmpty(vm.rows())).or(vm.allWeightsZeroProperty()));
        stabilityLabel.textProperty().bind(Bindings.createStringBinding(
                () -> stabilityText(running.get(), vm.stabilityProperty().get()), running, vm.stabilityProperty()));
    }

    private String stabilityText(boolean running, StabilityResult result) {
        if (running) {
            return ctx.text("results.stability.running");
        }
        if (result == null) {
            return ctx.text("results.stability.hint");
        }
        return ctx.text("results.stability.done", String.format("%,d", result.options().draws()),
                Long.toString(result.options().seed()), result.onCutoff().size());
    }

    private void setUpWeights() {
        vm.weights().addListener((ListChangeListener<WeightControl>) c -> buildWeightRows());
        buildWeightRows();
        whatIfBadge.visibleProperty().bind(vm.whatIfProperty());
        whatIfBadge.managedProperty().bind(vm.whatIfProperty());
        resetWeightsButton.disableProperty().bind(vm.whatIfProperty().not());
    }

    private void buildWeightRows() {
        weightsGrid.getChildren().clear();
        double max = Math.max(100, vm.weights().stream().mapToDouble(w -> w.criterion().weight()).max().orElse(0));
        // The ranking divides each weight by their sum: the share is the weight actually used.
        javafx.beans.binding.DoubleBinding sum = Bindings.createDoubleBinding(
                () -> vm.weights().stream().mapToDouble(w -> w.weightProperty().get()).sum(),
                vm.weights().stream().map(WeightControl::weightProperty).toArray(javafx.beans.Observable[]::new));
        int r = 0;
        for (WeightControl w : vm.weights()) {
            Label name = new Label(w.criterion().label());
            name.setWrapText(true);
            name.setMinWidth(90);
            Slider slider = new Slider(0, max, w.weightProperty().get());
            slider.setId("weight-" + w.criterion().key());
            slider.setBlockIncrement(5);
            slider.setMajorTickUnit(10);
            slider.setMinorTickCount(1);
            slider.setSnapToTicks(true);
            slider.setPrefWidth(150);
            slider.setMinWidth(80);
            slider.setAccessibleText(w.criterion().label());
            slider.setAccessibleHelp(ctx.text("results.weights.explain"));
            slider.valueProperty().bindBidirectional(w.weightProperty());
            Label value = new Label();
            value.setId("weight-value-" + w.criterion().key());
            value.textProperty().bind(Bindings.createStringBinding(() -> (w.changedProperty().get()
                    ? ctx.text("results.weights.changed", fmt(w.weightProperty().get()), fmt(w.criterion().weight()))
                    : fmt(w.weightProperty().get())) + " · " + share(w.weightProperty().get(), sum.get()),
                    w.weightProperty(), w.changedProperty(), sum));
            value.getStyleClass().add("weight-value");
            value.setMinWidth(Region.USE_PREF_SIZE);
            weightsGrid.addRow(r++, name, slider, value);
        }
        Label total = new Label();
        total.setId("weightsSum");
        total.setWrapText(true);
        total.getStyleClass().add("muted");
        total.textProperty().bind(Bindings.createStringBinding(() -> ctx.text("results.weights.sum", fmt(sum.get())), sum));
        weightsGrid.add(total, 0, r, 3, 1);
    }

    /** A weight's share of the sum, as the ranking uses it: {@code 33.3%}. */
    private String share(double weight, double sum) {
        return sum <= 0 ? "—" : kr.sangsaeng.review.format.Figures.percentOneDecimal(weight / sum, ctx.locale());
    }

    private static String fmt(double weight) {
        return weight == Math.rint(weight) ? Long.toString((long) weight) : String.format(java.util.Locale.ROOT, "%.1f", weight);
    }

    private static void fill(VBox box, List<String> lines, String styleClass) {
        box.getChildren().clear();
        for (String line : lines) {
            Label l = new Label(line);
            l.setWrapText(true);
            l.getStyleClass().add(styleClass);
            box.getChildren().add(l);
        }
    }

    @FXML
    private void onRunStability() {
        vm.runStability();
    }

    @FXML
    private void onCancelStability() {
        vm.cancelStability();
    }

    @FXML
    private void onResetWeights() {
        vm.resetWeights();
    }
}
