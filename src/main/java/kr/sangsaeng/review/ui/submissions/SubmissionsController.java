package kr.sangsaeng.review.ui.submissions;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.fxml.FXML;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.util.StringConverter;
import kr.sangsaeng.review.model.Submission;
import kr.sangsaeng.review.model.SupportArea;
import kr.sangsaeng.review.ui.AppContext;

/** Binds the Submissions table, search box, area filter and detail pane to the view model. */
public final class SubmissionsController {
    private final AppContext ctx;
    private final SubmissionsViewModel vm;

    @FXML private TextField searchField;
    @FXML private ComboBox<SupportArea> areaFilter;
    @FXML private Label countLabel;
    @FXML private TableView<SubmissionRow> table;
    @FXML private TableColumn<SubmissionRow, String> refColumn;
    @FXML private TableColumn<SubmissionRow, String> platformColumn;
    @FXML private TableColumn<SubmissionRow, String> titleColumn;
    @FXML private TableColumn<SubmissionRow, String> areasColumn;
    @FXML private TableColumn<SubmissionRow, String> figuresColumn;
    @FXML private Label detailTitle;
    @FXML private Label detailSubtitle;
    @FXML private FlowPane detailAreas;
    @FXML private Label summaryHeading;
    @FXML private Label detailSummary;
    @FXML private Label figuresHeading;
    @FXML private GridPane figuresGrid;
    @FXML private javafx.scene.control.Tab documentsTab;
    @FXML private javafx.scene.layout.VBox detail;
    private kr.sangsaeng.review.ui.documents.DocumentPane documents;
    private kr.sangsaeng.review.ui.documents.EvidenceList evidence;

    public SubmissionsController(AppContext ctx) {
        this.ctx = ctx;
        this.vm = new SubmissionsViewModel(ctx, ctx.dbRunner());
    }

    @FXML
    private void initialize() {
        refColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().submission().ref()));
        platformColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().submission().platformName()));
        titleColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().submission().title()));
        areasColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().areasText()));
        figuresColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().keyFigures()));
        table.setItems(vm.visibleRows());
        vm.orderProperty().bind(table.comparatorProperty());
        table.setRowFactory(t -> {
            javafx.scene.control.TableRow<SubmissionRow> row = new javafx.scene.control.TableRow<>();
            kr.sangsaeng.review.ui.documents.CaseDrops.install(row, ctx, SubmissionRow::submission,
                    () -> kr.sangsaeng.review.service.Actor.SECRETARY);
            return row;
        });

        searchField.textProperty().bindBidirectional(vm.searchProperty());
        setUpAreaFilter();
        countLabel.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> vm.failureProperty().get().isEmpty()
                        ? ctx.text("submissions.count", vm.visibleRows().size(), vm.totalCount().get())
                        : vm.failureProperty().get(),
                vm.visibleRows(), vm.totalCount(), vm.failureProperty()));

        documents = new kr.sangsaeng.review.ui.documents.DocumentPane(ctx, () -> kr.sangsaeng.review.service.Actor.SECRETARY);
        documentsTab.setContent(documents);
        evidence = new kr.sangsaeng.review.ui.documents.EvidenceList(ctx);
        detail.getChildren().add(evidence);
        documents.setOnPinned(evidence::reload);
        // Selection follows the case across filtering: see CaseSelection.
        vm.selectedProperty().bind(new CaseSelection(table, vm.swappingRows()).selectedProperty());
        vm.selectedProperty().addListener((o, a, row) -> showDetail(row));
        showDetail(null);
        ctx.submissionToOpenProperty().addListener((o, a, id) -> select(id));
        if (ctx.round() != null) {
            vm.load(ctx.round());
        }
    }

    /** Selects a case another view asked to open, clearing the search and filter if they hide it. */
    private void select(Long submissionId) {
        if (submissionId == null) {
            return;
        }
        java.util.function.Predicate<SubmissionRow> wanted = r -> r.submission().id() == submissionId;
        if (table.getItems().stream().noneMatch(wanted)) {
            searchField.clear();
            areaFilter.getSelectionModel().selectFirst();
        }
        table.getItems().stream().filter(wanted).findFirst().ifPresent(row -> {
            table.getSelectionModel().select(row);
            table.scrollTo(row);
        });
    }

    private void setUpAreaFilter() {
        List<SupportArea> choices = new ArrayList<>();
        choices.add(null);
        choices.addAll(List.of(SupportArea.values()));
        areaFilter.setItems(FXCollections.observableArrayList(choices));
        areaFilter.setConverter(new StringConverter<>() {
            @Override
            public String toString(SupportArea a) {
                return vm.areaLabel(a);
            }

            @Override
            public SupportArea fromString(String s) {
                return null;
            }
        });
        // A null item renders as empty in a plain ComboBox cell; show "All areas" instead.
        areaFilter.setButtonCell(new AreaCell());
        areaFilter.setCellFactory(l -> new AreaCell());
        areaFilter.getSelectionModel().selectFirst();
        vm.areaProperty().bind(areaFilter.valueProperty());
    }

    private final class AreaCell extends ListCell<SupportArea> {
        @Override
        protected void updateItem(SupportArea item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty ? null : vm.areaLabel(item));
        }
    }

    private void showDetail(SubmissionRow row) {
        boolean has = row != null;
        if (documents != null) {
            documents.showCase(has ? row.submission() : null, null);
            evidence.show(has ? row.submission().id() : null);
        }
        for (var node : List.of(detailSubtitle, detailAreas, summaryHeading, detailSummary, figuresHeading, figuresGrid)) {
            node.setVisible(has);
            node.setManaged(has);
        }
        figuresGrid.getChildren().clear();
        detailAreas.getChildren().clear();
        if (!has) {
            detailTitle.setText(ctx.text("submissions.noSelection"));
            return;
        }
        Submission s = row.submission();
        detailTitle.setText(s.title());
        detailSubtitle.setText(s.platformName() + "  ·  " + s.ref());
        s.areas().stream().sorted().forEach(a -> {
            Label chip = new Label(vm.areaLabel(a));
            chip.getStyleClass().add("area-chip");
            detailAreas.getChildren().add(chip);
        });
        detailSummary.setText(s.summary());
        showFigures(row.figures());
    }

    private void showFigures(List<SubmissionRow.Figure> figures) {
        if (figures.isEmpty()) {
            figuresGrid.add(new Label(ctx.text("submissions.noFigures")), 0, 0);
            return;
        }
        int r = 0;
        for (SubmissionRow.Figure f : figures) {
            Label value = new Label(f.display());
            value.getStyleClass().add("figure-value");
            Label asWritten = new Label(f.asWritten());
            asWritten.getStyleClass().add("figure-as-written");
            asWritten.setWrapText(true);
            figuresGrid.addRow(r++, new Label(f.label()), value, asWritten);
        }
    }
}
