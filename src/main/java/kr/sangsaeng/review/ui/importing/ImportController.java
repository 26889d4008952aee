package kr.sangsaeng.review.ui.importing;

import java.io.File;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import javafx.util.StringConverter;
import kr.sangsaeng.review.exchange.ImportKind;
import kr.sangsaeng.review.exchange.PreviewLine;
import kr.sangsaeng.review.exchange.Problem;
import kr.sangsaeng.review.exchange.table.TextEncoding;
import kr.sangsaeng.review.ui.AppContext;
import kr.sangsaeng.review.ui.importing.ImportViewModel.State;

/** Binds the Import dialog to its view model; the file chooser is the only thing it does itself. */
public final class ImportController {
    private final AppContext ctx;
    private final ImportViewModel vm;

    @FXML private VBox root;
    @FXML private ComboBox<ImportKind> kindBox;
    @FXML private TextField fileField;
    @FXML private Button chooseButton;
    @FXML private ComboBox<Charset> encodingBox;
    @FXML private ProgressBar progressBar;
    @FXML private Label statusLabel;
    @FXML private Button cancelButton;
    @FXML private Label summaryLabel;
    @FXML private TableView<PreviewLine> previewTable;
    @FXML private TableColumn<PreviewLine, String> changeColumn;
    @FXML private TableColumn<PreviewLine, String> keyColumn;
    @FXML private TableColumn<PreviewLine, String> detailColumn;
    @FXML private TableColumn<PreviewLine, String> figuresColumn;
    @FXML private TableView<Problem> problemsTable;
    @FXML private TableColumn<Problem, String> rowColumn;
    @FXML private TableColumn<Problem, String> columnColumn;
    @FXML private TableColumn<Problem, String> reasonColumn;
    @FXML private CheckBox changeExistingBox;
    @FXML private Button copyProblemsButton;
    @FXML private Button importButton;

    public ImportController(AppContext ctx) {
        this.ctx = ctx;
        this.vm = new ImportViewModel(ctx, ctx.dbRunner());
    }

    public ImportViewModel viewModel() {
        return vm;
    }

    @FXML
    private void initialize() {
        setUpChoices();
        // A path can be typed or pasted (Enter checks it), so the dialog works without the file chooser.
        vm.fileProperty().addListener((o, a, f) -> fileField.setText(f == null ? "" : f.toString()));
        fileField.setOnAction(e -> {
            String typed = fileField.getText().strip();
            if (!typed.isEmpty()) {
                vm.fileProperty().set(java.nio.file.Path.of(typed));
            }
        });
        statusLabel.textProperty().bind(vm.statusProperty());
        summaryLabel.textProperty().bind(vm.summaryProperty());
        progressBar.progressProperty().bind(vm.progressProperty());
        var busy = vm.stateProperty().isEqualTo(State.CHECKING).or(vm.stateProperty().isEqualTo(State.IMPORTING));
        progressBar.visibleProperty().bind(busy);
        progressBar.managedProperty().bind(busy);
        cancelButton.visibleProperty().bind(vm.stateProperty().isEqualTo(State.CHECKING));
        var importing = vm.stateProperty().isEqualTo(State.IMPORTING);
        kindBox.disableProperty().bind(importing);
        chooseButton.disableProperty().bind(importing);
        fileField.disableProperty().bind(importing);
        encodingBox.disableProperty().bind(importing);
        importButton.disableProperty().bind(vm.canImportProperty().not());
        setUpTables();
        changeExistingBox.textProperty().bind(Bindings.createStringBinding(
                () -> ctx.roundText("import.changeExisting", "import.changeExisting.server", vm.existingCountProperty().get()), vm.existingCountProperty()));
        changeExistingBox.visibleProperty().bind(vm.existingCountProperty().greaterThan(0));
        changeExistingBox.managedProperty().bind(changeExistingBox.visibleProperty());
        changeExistingBox.selectedProperty().bindBidirectional(vm.changeExistingProperty());
        copyProblemsButton.visibleProperty().bind(Bindings.isNotEmpty(vm.problems()));
        copyProblemsButton.managedProperty().bind(copyProblemsButton.visibleProperty());
    }

    private void setUpChoices() {
        kindBox.getItems().setAll(ImportKind.values());
        kindBox.setConverter(converter(vm.texts()::kind));
        kindBox.valueProperty().bindBidirectional(vm.kindProperty());
        List<Charset> encodings = Arrays.asList(null, StandardCharsets.UTF_8, TextEncoding.CP949, StandardCharsets.UTF_16);
        encodingBox.getItems().setAll(encodings);
        encodingBox.setConverter(converter(c -> c == null ? ctx.text("import.encoding.auto")
                : c.equals(TextEncoding.CP949) ? "CP949 (EUC-KR)" : TextEncoding.nameOf(c)));
        // Plain cells would show the "detect" choice, a null, as an empty line.
        encodingBox.setCellFactory(l -> cell(encodingBox.getConverter()));
        encodingBox.setButtonCell(cell(encodingBox.getConverter()));
        encodingBox.valueProperty().bindBidirectional(vm.encodingProperty());
    }

    private void setUpTables() {
        changeColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(vm.texts().change(c.getValue().change())));
        keyColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().key()));
        detailColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(vm.texts().detail(c.getValue())));
        figuresColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(vm.texts().figures(c.getValue())));
        previewTable.setItems(vm.preview());
        previewTable.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(PreviewLine line, boolean empty) {
                super.updateItem(line, empty);
                // A conflict is what the secretary has to look at; the rest only needs counting.
                getStyleClass().remove("import-conflict");
                if (!empty && line != null && line.isConflict()) {
                    getStyleClass().add("import-conflict");
                }
            }
        });
        rowColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(vm.texts().row(c.getValue())));
        columnColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(vm.texts().column(c.getValue())));
        reasonColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(vm.texts().reason(c.getValue())));
        problemsTable.setItems(vm.problems());
        problemsTable.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        problemsTable.setOnKeyPressed(e -> {
            if (e.isShortcutDown() && e.getCode() == KeyCode.C) {
                onCopyProblems();
            }
        });
        problemsTable.visibleProperty().bind(Bindings.isNotEmpty(vm.problems()));
        previewTable.visibleProperty().bind(problemsTable.visibleProperty().not());
    }

    private static <T> ListCell<T> cell(StringConverter<T> converter) {
        return new ListCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : converter.toString(item));
            }
        };
    }

    private static <T> StringConverter<T> converter(java.util.function.Function<T, String> text) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return text.apply(value);
            }

            @Override
            public T fromString(String s) {
                return null;
            }
        };
    }

    @FXML
    private void onChoose() {
        FileChooser fc = new FileChooser();
        fc.setTitle(ctx.roundText("import.title", "import.title.server"));
        fc.getExtensionFilters().add(new FileChooser.ExtensionFilter(ctx.text("import.filter"), "*.csv", "*.xlsx", "*.CSV", "*.XLSX"));
        File f = fc.showOpenDialog(root.getScene().getWindow());
        if (f != null) {
            vm.fileProperty().set(f.toPath());
        }
    }

    @FXML
    private void onCancel() {
        vm.cancel();
    }

    @FXML
    private void onImport() {
        vm.importNow();
    }

    @FXML
    private void onCopyProblems() {
        ClipboardContent content = new ClipboardContent();
        content.putString(vm.problemsAsText());
        Clipboard.getSystemClipboard().setContent(content);
    }

    @FXML
    private void onClose() {
        vm.cancel();
        ((Stage) root.getScene().getWindow()).close();
    }
}
