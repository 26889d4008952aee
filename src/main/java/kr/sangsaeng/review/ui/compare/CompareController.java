package kr.sangsaeng.review.ui.compare;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.Cursor;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import kr.sangsaeng.review.charts.ChartCases;
import kr.sangsaeng.review.charts.ChartExport;
import kr.sangsaeng.review.charts.Normalisation;
import kr.sangsaeng.review.model.Metric;
import kr.sangsaeng.review.model.Submission;
import kr.sangsaeng.review.ui.AppContext;
import kr.sangsaeng.review.ui.common.Dialogs;
import kr.sangsaeng.review.ui.common.Tasks;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.fx.ChartViewer;
import org.jfree.chart.fx.interaction.ChartMouseEventFX;
import org.jfree.chart.fx.interaction.ChartMouseListenerFX;

/** Binds the Compare view's pickers to its view model, shows the chart and handles clicks and export. */
public final class CompareController {
    private final AppContext ctx;
    private final CompareViewModel vm;
    private final ChartViewer viewer = new ChartViewer();

    @FXML private ComboBox<ChartKind> chartKindPicker;
    @FXML private HBox chartMetricBox;
    @FXML private Label chartMetricLabel;
    @FXML private ComboBox<Metric> chartMetricPicker;
    @FXML private HBox chartBaselineBox;
    @FXML private ComboBox<Metric> chartBaselinePicker;
    @FXML private HBox chartYMetricBox;
    @FXML private ComboBox<Metric> chartYMetricPicker;
    @FXML private HBox chartSizeMetricBox;
    @FXML private ComboBox<Metric> chartSizeMetricPicker;
    @FXML private HBox chartScaleBox;
    @FXML private ComboBox<Normalisation> chartScalePicker;
    @FXML private HBox chartCaseBox;
    @FXML private ComboBox<Submission> chartCasePicker;
    @FXML private HBox chartTopNBox;
    @FXML private Spinner<Integer> chartTopNSpinner;
    @FXML private Button chartExportButton;
    @FXML private StackPane chartPane;
    @FXML private Label chartMessage;
    @FXML private HBox stabilityProgressBox;
    @FXML private ProgressBar stabilityProgressBar;
    @FXML private Label chartStatusLabel;

    public CompareController(AppContext ctx) {
        this.ctx = ctx;
        this.vm = new CompareViewModel(ctx, ctx.dbRunner(), ctx.computeExecutor());
    }

    @FXML
    private void initialize() {
        setUpPickers();
        viewer.setId("chartViewer");
        viewer.addChartMouseListener(new CaseOpener());
        chartPane.getChildren().add(0, viewer);
        vm.chartProperty().addListener((o, a, chart) -> showChart(chart));
        chartMessage.textProperty().bind(vm.messageProperty());
        chartMessage.visibleProperty().bind(vm.messageProperty().isNotEmpty());
        chartExportButton.disableProperty().bind(vm.chartProperty().isNull());
        stabilityProgressBar.progressProperty().bind(vm.stability().progressProperty());
        stabilityProgressBox.visibleProperty().bind(vm.stability().runningProperty());
        stabilityProgressBox.managedProperty().bind(vm.stability().runningProperty());
        vm.kindProperty().addListener((o, a, kind) -> showControlsFor(kind));
        showControlsFor(vm.kindProperty().get());
        vm.requestLoad();
    }

    /** Bound by the main window to the tab's selection: the view reads the round only when shown. */
    public javafx.beans.property.BooleanProperty shownProperty() {
        return vm.shownProperty();
    }

    private void setUpPickers() {
        chartKindPicker.getItems().setAll(ChartKind.values());
        PickerCells.label(chartKindPicker, k -> k == null ? "" : ctx.text("chart." + k.key()));
        chartKindPicker.valueProperty().bindBidirectional(vm.kindProperty());
        PickerCells.label(chartMetricPicker, m -> m == null ? "" : m.label());
        chartMetricPicker.setItems(vm.metricChoices());
        chartMetricPicker.valueProperty().bindBidirectional(vm.metricProperty());
        PickerCells.label(chartBaselinePicker, m -> m == null ? ctx.text("compare.noBaseline") : m.label());
        chartBaselinePicker.setItems(vm.baselineChoices());
        chartBaselinePicker.valueProperty().bindBidirectional(vm.baselineProperty());
        PickerCells.label(chartYMetricPicker, m -> m == null ? "" : m.label());
        chartYMetricPicker.setItems(vm.otherMetricChoices());
        chartYMetricPicker.valueProperty().bindBidirectional(vm.yMetricProperty());
        PickerCells.label(chartSizeMetricPicker, m -> m == null ? ctx.text("compare.none") : m.label());
        vm.otherMetricChoices().addListener((ListChangeListener<Metric>) c -> {
            List<Metric> withNone = new ArrayList<>();
            withNone.add(null);
            withNone.addAll(vm.otherMetricChoices());
            chartSizeMetricPicker.getItems().setAll(withNone);
        });
        chartSizeMetricPicker.valueProperty().bindBidirectional(vm.sizeMetricProperty());
        PickerCells.label(chartScalePicker, n -> n == null ? "" : ctx.text("normalisation." + n.key()));
        chartScalePicker.setItems(vm.scaleChoices());
        chartScalePicker.valueProperty().bindBidirectional(vm.normalisationProperty());
        PickerCells.label(chartCasePicker, s -> s == null ? "" : s.ref() + " · " + s.platformName());
        chartCasePicker.setItems(vm.cases());
        chartCasePicker.valueProperty().bindBidirectional(vm.profileCaseProperty());
        setUpTopN();
    }

    private void setUpTopN() {
        SpinnerValueFactory.IntegerSpinnerValueFactory f = new SpinnerValueFactory.IntegerSpinnerValueFactory(1, 1, 1);
        f.maxProperty().bind(Bindings.max(1, Bindings.size(vm.cases())));
        chartTopNSpinner.setValueFactory(f);
        f.valueProperty().addListener((o, a, b) -> {
            if (b != null) {
                vm.topNProperty().set(b);
            }
        });
        vm.topNProperty().addListener((o, a, b) -> f.setValue(b.intValue()));
        vm.cases().addListener((ListChangeListener<Submission>) c -> f.setValue(vm.topNProperty().get()));
    }

    /** Only the pickers the chosen chart uses are shown. */
    private void showControlsFor(ChartKind kind) {
        show(chartMetricBox, kind.usesMetric());
        show(chartBaselineBox, kind == ChartKind.GROWTH);
        show(chartYMetricBox, kind == ChartKind.SCATTER);
        show(chartSizeMetricBox, kind == ChartKind.SCATTER);
        show(chartScaleBox, kind.usesScale());
        show(chartCaseBox, kind == ChartKind.PROFILE);
        show(chartTopNBox, kind == ChartKind.STABILITY);
        chartMetricLabel.setText(ctx.text(switch (kind) {
            case GROWTH -> "compare.growthMetric";
            case SCATTER -> "compare.xMetric";
            default -> "compare.metric";
        }));
    }

    private static void show(Node node, boolean visible) {
        node.setVisible(visible);
        node.setManaged(visible);
    }

    private void showChart(JFreeChart chart) {
        // The viewer refuses null: while there is no chart it keeps the last one, hidden.
        if (chart != null) {
            viewer.setChart(chart);
        }
        viewer.setVisible(chart != null);
        chartStatusLabel.setText(chart == null ? "" : ctx.text("compare.hint"));
    }

    @FXML
    private void onCancel() {
        vm.stability().cancel();
    }

    @FXML
    private void onExport() {
        JFreeChart chart = vm.exportChart();
        if (chart == null) {
            return;
        }
        int w = (int) Math.max(ChartExport.MIN_SIZE, Math.round(viewer.getWidth()));
        int h = (int) Math.max(ChartExport.MIN_SIZE, Math.round(viewer.getHeight()));
        String name = ctx.text("chart." + vm.kindProperty().get().key());
        ChartExportDialog.show(ctx, chartPane.getScene().getWindow(), name, w, h).ifPresent(choice ->
                Tasks.create(() -> {
                    if (choice.format() == ChartExportDialog.Format.PNG) {
                        ChartExport.png(chart, choice.file(), choice.width(), choice.height());
                    } else {
                        ChartExport.svg(chart, choice.file(), choice.width(), choice.height());
                    }
                    return choice.file();
                }).onSuccess(p -> chartStatusLabel.setText(ctx.text("compare.export.done", p.getFileName())))
                        .onError(e -> Dialogs.showError(ctx, chartPane.getScene().getWindow(), e))
                        .runOn(vm.computeExecutor()));
    }

    /** A click on a bar, box, point or case name opens that case in the Submissions tab. */
    private final class CaseOpener implements ChartMouseListenerFX {
        @Override
        public void chartMouseClicked(ChartMouseEventFX event) {
            ChartCases.at(event.getEntity()).ifPresent(k -> ctx.openSubmission(k.submissionId()));
        }

        @Override
        public void chartMouseMoved(ChartMouseEventFX event) {
            boolean onCase = ChartCases.at(event.getEntity()).isPresent();
            viewer.setCursor(onCase ? Cursor.HAND : Cursor.DEFAULT);
        }
    }
}
