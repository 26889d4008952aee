package kr.sangsaeng.review.ui.rubric;

import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import kr.sangsaeng.review.ui.AppContext;
import kr.sangsaeng.review.ui.common.Draft;
import kr.sangsaeng.review.ui.common.Dialogs;
import kr.sangsaeng.review.ui.common.TaskRunner;

/** Binds the panel table and the name and role form to the reviewers view model. */
public final class ReviewersController {
    private final AppContext ctx;
    private final ReviewersViewModel vm;

    @FXML private VBox reviewersRoot;
    @FXML private TableView<ReviewersViewModel.Row> reviewersTable;
    @FXML private TableColumn<ReviewersViewModel.Row, String> nameColumn;
    @FXML private TableColumn<ReviewersViewModel.Row, String> roleColumn;
    @FXML private TableColumn<ReviewersViewModel.Row, String> loginColumn;
    @FXML private TableColumn<ReviewersViewModel.Row, String> reviewerScoresColumn;
    @FXML private TableColumn<ReviewersViewModel.Row, String> statusColumn;
    @FXML private TextField nameField;
    @FXML private TextField roleField;
    @FXML private Label problemLabel;
    @FXML private Button addReviewerButton;
    @FXML private Button saveReviewerButton;
    @FXML private Button removeReviewerButton;
    @FXML private Button giveLoginButton;
    @FXML private Button takeLoginOffButton;
    @FXML private HBox loginActions;
    @FXML private javafx.scene.layout.GridPane reviewerForm;
    @FXML private javafx.scene.layout.FlowPane reviewerButtons;
    @FXML private Label reviewerStatus;

    public ReviewersController(AppContext ctx) {
        this.ctx = ctx;
        this.vm = new ReviewersViewModel(ctx, ctx.dbRunner());
    }

    @FXML
    private void initialize() {
        reviewersTable.setItems(vm.rows());
        nameColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().reviewer().name()));
        roleColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().reviewer().role()));
        reviewerScoresColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(Integer.toString(c.getValue().scores())));
        statusColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(
                ctx.text(c.getValue().finalised() ? "reviewers.final" : "reviewers.open")));
        reviewersTable.getSelectionModel().selectedItemProperty().addListener((o, a, r) -> {
            if (r != null) {
                vm.selectedProperty().set(r);
            }
        });
        vm.selectedProperty().addListener((o, a, r) -> {
            if (r == null) {
                reviewersTable.getSelectionModel().clearSelection();
            } else if (reviewersTable.getSelectionModel().getSelectedItem() != r) {
                reviewersTable.getSelectionModel().select(r);
            }
        });
        nameField.textProperty().bindBidirectional(vm.nameProperty());
        roleField.textProperty().bindBidirectional(vm.roleProperty());
        problemLabel.textProperty().bind(vm.problemProperty());
        // An empty form is not an error until the secretary starts filling it in.
        problemLabel.visibleProperty().bind(vm.nameProperty().isNotEmpty().or(vm.selectedProperty().isNotNull())
                .and(vm.problemProperty().isNotEmpty()));
        // The line keeps its place when empty, so the buttons under it do not move under the pointer.
        addReviewerButton.disableProperty().bind(vm.canAddProperty().not());
        saveReviewerButton.disableProperty().bind(vm.canSaveProperty().not());
        removeReviewerButton.disableProperty().bind(vm.selectedProperty().isNull());
        reviewerStatus.textProperty().bind(vm.statusProperty());
        bindLogins();
        // The panel is the secretary's: the server refuses a reviewer's login any change to it (docs/server-mode.md).
        reviewerForm.disableProperty().bind(ctx.reviewerLoginProperty());
        reviewerButtons.disableProperty().bind(ctx.reviewerLoginProperty());
        if (ctx.round() != null) {
            vm.load(ctx.round());
        }
    }

    /** The login column and buttons: only on a server round opened by its secretary (docs/server-mode.md). */
    private void bindLogins() {
        loginColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().login()));
        loginColumn.visibleProperty().bind(vm.managesLoginsProperty());
        loginActions.visibleProperty().bind(vm.managesLoginsProperty());
        loginActions.managedProperty().bind(vm.managesLoginsProperty());
        giveLoginButton.disableProperty().bind(Bindings.createBooleanBinding(
                () -> vm.selectedProperty().get() == null || vm.selectedProperty().get().hasLogin(), vm.selectedProperty()));
        takeLoginOffButton.disableProperty().bind(Bindings.createBooleanBinding(
                () -> vm.selectedProperty().get() == null || !vm.selectedProperty().get().hasLogin(), vm.selectedProperty()));
    }

    void onShown() {
        vm.load(ctx.round());
    }

    /** The reviewer form as a draft: a name or role typed but not yet added or saved. */
    Draft draft() {
        return new Draft() {
            @Override
            public javafx.beans.value.ObservableBooleanValue dirtyProperty() {
                return vm.dirtyProperty();
            }

            @Override
            public boolean save(Runnable then) {
                return vm.saveDraft(then);
            }

            @Override
            public void discard() {
                vm.discardDraft();
            }
        };
    }

    @FXML
    private void onClear() {
        vm.clear();
        nameField.requestFocus();
    }

    @FXML
    private void onAdd() {
        vm.add();
    }

    @FXML
    private void onSave() {
        vm.saveSelected();
    }

    @FXML
    private void onGiveLogin() {
        ReviewersViewModel.Row row = vm.selectedProperty().get();
        if (row != null) {
            LoginDialogs.askLogin(ctx, reviewersRoot.getScene().getWindow(), row.reviewer().name(), row.suggestion())
                    .ifPresent(login -> vm.giveLogin(row, login));
        }
    }

    @FXML
    private void onTakeLoginOff() {
        ReviewersViewModel.Row row = vm.selectedProperty().get();
        if (row != null && row.hasLogin() && LoginDialogs.confirmTakeOff(ctx, reviewersRoot.getScene().getWindow(),
                row.reviewer().name(), row.login())) {
            vm.takeLoginOff(row);
        }
    }

    @FXML
    private void onRemove() {
        ReviewersViewModel.Row row = vm.selectedProperty().get();
        if (row != null && Dialogs.confirm(ctx, reviewersRoot.getScene().getWindow(), vm.removalQuestion(row))) {
            vm.remove(row);
        }
    }
}
