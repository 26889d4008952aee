package kr.sangsaeng.review.ui.scoring;

import java.util.ArrayList;
import java.util.List;
import javafx.animation.PauseTransition;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.collections.MapChangeListener;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextInputDialog;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import kr.sangsaeng.review.model.Criterion;
import kr.sangsaeng.review.model.Reviewer;
import kr.sangsaeng.review.ui.AppContext;
import kr.sangsaeng.review.ui.common.Dialogs;
import kr.sangsaeng.review.ui.common.TaskRunner;
import kr.sangsaeng.review.ui.submissions.SubmissionRow;

/** Binds the Scoring view to its view model; keys are handled by {@link ScoringKeys}. */
public final class ScoringController {
    private static final Duration COMMENT_PAUSE = Duration.seconds(1.5);

    private final AppContext ctx;
    private final ScoringViewModel vm;
    private final ScoringState st;
    private final List<CriterionRowView> rows = new ArrayList<>();
    private final PauseTransition commentPause = new PauseTransition(COMMENT_PAUSE);

    @FXML private BorderPane scoringRoot;
    @FXML private ComboBox<Reviewer> reviewerChoice;
    @FXML private ProgressBar progressBar;
    @FXML private Label progressLabel;
    @FXML private Label blindBadge;
    @FXML private Label saveStatus;
    @FXML private Button undoButton;
    @FXML private Button redoButton;
    @FXML private Button finaliseButton;
    @FXML private Button reopenButton;
    @FXML private ListView<CaseView> caseList;
    @FXML private Label caseName;
    @FXML private Label caseTitle;
    @FXML private FlowPane caseAreas;
    @FXML private Label caseSummary;
    @FXML private GridPane caseFigures;
    @FXML private Label totalLabel;
    @FXML private Label othersLabel;
    @FXML private HBox pledgeBar;
    @FXML private Label pledgeLabel;
    @FXML private ScrollPane rubricScroll;
    @FXML private VBox rubricBox;
    @FXML private Label messageLabel;
    @FXML private HBox recusedBox;
    @FXML private Label recusedLabel;
    @FXML private Label commentHeading;
    @FXML private Button recuseButton;
    @FXML private Button withdrawButton;
    @FXML private TextArea commentArea;
    @FXML private ListView<HistoryLine> historyList;
    @FXML private javafx.scene.control.Tab documentsTab;
    @FXML private VBox caseDetail;
    private kr.sangsaeng.review.ui.documents.CaseDocuments documents;

    public ScoringController(AppContext ctx) {
        this.ctx = ctx;
        this.vm = new ScoringViewModel(ctx, ctx.dbRunner());
        this.st = vm.state();
    }

    @FXML
    private void initialize() {
        setUpReviewerChoice();
        setUpCaseList();
        setUpStatus();
        setUpRubric();
        setUpComment();
        setUpViewKeys();
        historyList.setItems(st.history());
        historyList.setCellFactory(l -> new ScoringCells.HistoryCell());
        st.currentCaseProperty().addListener((o, a, cv) -> showCase(cv));
        ScoringKeys keys = new ScoringKeys(vm, scoringRoot, rubricBox);
        scoringRoot.sceneProperty().addListener((o, old, scene) -> {
            if (old != null) {
                old.removeEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, keys);
            }
            if (scene != null) {
                scene.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, keys);
            }
        });
        documents = new kr.sangsaeng.review.ui.documents.CaseDocuments(ctx, documentsTab, caseDetail, this::actingPerson);
        showCase(null);
        if (ctx.round() != null) {
            vm.load(ctx.round());
        }
    }

    /** Called when the Scoring tab is shown: other views may have changed the rubric or the panel. */
    public void onShown() {
        vm.reload();
        javafx.application.Platform.runLater(rubricBox::requestFocus);
    }

    private void setUpReviewerChoice() {
        reviewerChoice.setItems(st.reviewers());
        reviewerChoice.setCellFactory(l -> new ScoringCells.ReviewerCell());
        reviewerChoice.setButtonCell(new ScoringCells.ReviewerCell());
        // Arrowing through the open list changes the value at every step; switch reviewer only once
        // the list closes, or the file would be re-read and the choice remembered at each step.
        reviewerChoice.setOnAction(e -> {
            if (!reviewerChoice.isShowing()) {
                commitReviewer();
            }
        });
        reviewerChoice.setOnHidden(e -> commitReviewer());
        st.reviewerProperty().addListener((o, a, r) -> reviewerChoice.setValue(r));
        // A new list of reviewers drops the combo's selected index; without it arrows start from nowhere.
        st.reviewers().addListener((ListChangeListener<Reviewer>) c ->
                reviewerChoice.getSelectionModel().select(st.reviewerProperty().get()));
    }

    private void commitReviewer() {
        Reviewer r = reviewerChoice.getValue();
        if (r != null && !r.equals(st.reviewerProperty().get())) {
            vm.chooseReviewer(r);
            // Later, not now: the Enter that picked the reviewer must not reach the rubric as "next case".
            javafx.application.Platform.runLater(rubricBox::requestFocus);
        }
    }

    /** Who acts on documents and pins: the chosen reviewer, else the secretary (docs/documents.md). */
    private kr.sangsaeng.review.service.Actor actingPerson() {
        return st.reviewerProperty().get() == null ? kr.sangsaeng.review.service.Actor.SECRETARY
                : kr.sangsaeng.review.service.Actor.reviewer(st.reviewerProperty().get());
    }

    private void setUpCaseList() {
        caseList.setItems(st.cases());
        caseList.setCellFactory(l -> {
            ScoringCells.CaseCell cell = new ScoringCells.CaseCell(ctx, vm::statusOf);
            kr.sangsaeng.review.ui.documents.CaseDrops.install(cell, ctx, CaseView::submission, this::actingPerson);
            return cell;
        });
        caseList.getSelectionModel().selectedIndexProperty().addListener((o, a, i) -> {
            if (i.intValue() >= 0 && i.intValue() != st.caseIndexProperty().get()) {
                vm.goTo(i.intValue());
                rubricBox.requestFocus();
            }
        });
        st.caseIndexProperty().addListener((o, a, i) -> {
            caseList.getSelectionModel().select(i.intValue());
            if (i.intValue() >= 0) {
                caseList.scrollTo(i.intValue());
            }
        });
        // Status marks in the list follow the scores and recusals.
        st.currentScores().addListener((MapChangeListener<Long, Double>) c -> caseList.refresh());
        st.recusedProperty().addListener((o, a, b) -> caseList.refresh());
        st.finalisedProperty().addListener((o, a, b) -> caseList.refresh());
    }

    private void setUpStatus() {
        progressLabel.textProperty().bind(st.progressTextProperty());
        progressBar.progressProperty().bind(st.progressProperty());
        progressBar.visibleProperty().bind(st.reviewerProperty().isNotNull());
        blindBadge.visibleProperty().bind(st.blindProperty());
        blindBadge.managedProperty().bind(st.blindProperty());
        saveStatus.textProperty().bind(vm.writes().textProperty());
        vm.writes().stateProperty().addListener((o, a, s) -> {
            saveStatus.getStyleClass().removeAll("saving", "saved", "failed", "kept");
            saveStatus.getStyleClass().add(s.name().toLowerCase(java.util.Locale.ROOT));
        });
        messageLabel.textProperty().bind(st.messageProperty());
        messageLabel.visibleProperty().bind(st.messageProperty().isNotEmpty());
        messageLabel.managedProperty().bind(messageLabel.visibleProperty());
        undoButton.disableProperty().bind(vm.editor().canUndoProperty().not().or(st.finalisedProperty()));
        redoButton.disableProperty().bind(vm.editor().canRedoProperty().not().or(st.finalisedProperty()));
        finaliseButton.visibleProperty().bind(st.finalisedProperty().not());
        finaliseButton.managedProperty().bind(finaliseButton.visibleProperty());
        finaliseButton.disableProperty().bind(st.reviewerProperty().isNull());
        reopenButton.visibleProperty().bind(st.finalisedProperty());
        reopenButton.managedProperty().bind(reopenButton.visibleProperty());
        totalLabel.textProperty().bind(st.totalTextProperty());
        othersLabel.textProperty().bind(st.othersTextProperty());
        pledgeBar.visibleProperty().bind(st.pledgeTextProperty().isNotEmpty());
        pledgeBar.managedProperty().bind(pledgeBar.visibleProperty());
        pledgeLabel.textProperty().bind(Bindings.createStringBinding(() -> st.reviewerProperty().get() == null ? ""
                : ctx.text("scoring.pledge.needed", st.reviewerProperty().get().name()), st.reviewerProperty()));
        totalLabel.setTooltip(new javafx.scene.control.Tooltip(ctx.text("scoring.total.tip")));
        totalLabel.setAccessibleHelp(ctx.text("scoring.total.tip"));
        totalLabel.visibleProperty().bind(st.currentCaseProperty().isNotNull());
    }

    private void setUpRubric() {
        st.criteria().addListener((ListChangeListener<Criterion>) c -> buildRows());
        st.currentScores().addListener((MapChangeListener<Long, Double>) c -> updateRows());
        st.focusedCriterionProperty().addListener((o, a, i) -> {
            updateRows();
            if (i.intValue() >= 0 && i.intValue() < rows.size()) {
                scrollIntoView(rows.get(i.intValue()));
            }
        });
        rubricBox.setOnMouseClicked(e -> rubricBox.requestFocus());
        buildRows();
    }

    private void buildRows() {
        rows.clear();
        rubricBox.getChildren().clear();
        List<Criterion> criteria = st.criteria();
        if (criteria.isEmpty()) {
            Label none = new Label(ctx.text("scoring.noCriteria"));
            none.setWrapText(true);
            rubricBox.getChildren().add(none);
            return;
        }
        CriterionRowView.Actions actions = new CriterionRowView.Actions() {
            @Override
            public void focus(int index) {
                vm.focusCriterion(index);
                rubricBox.requestFocus();
            }

            @Override
            public void score(int index, double value) {
                vm.editor().setScore(index, value);
                rubricBox.requestFocus();
            }
        };
        for (int i = 0; i < criteria.size(); i++) {
            Criterion c = criteria.get(i);
            CriterionRowView row = new CriterionRowView(c, i,
                    ctx.text("scoring.weight", ScoringState.number(c.weight())), st.editableProperty(), actions);
            row.setPointHelp(ctx.text("help.scoring.point"));
            rows.add(row);
            rubricBox.getChildren().add(row);
        }
        updateRows();
    }

    private void updateRows() {
        for (int i = 0; i < rows.size(); i++) {
            rows.get(i).show(st.currentScores().get(rows.get(i).criterion().id()),
                    i == st.focusedCriterionProperty().get());
        }
    }

    private void scrollIntoView(CriterionRowView row) {
        double contentHeight = rubricBox.getHeight();
        double viewport = rubricScroll.getViewportBounds().getHeight();
        if (contentHeight > viewport) {
            double y = row.getBoundsInParent().getMinY();
            rubricScroll.setVvalue(Math.max(0, Math.min(1, y / (contentHeight - viewport))));
        }
    }

    private void setUpComment() {
        commentArea.textProperty().bindBidirectional(st.commentProperty());
        commentArea.disableProperty().bind(st.currentCaseProperty().isNull().or(st.reviewerProperty().isNull())
                .or(st.finalisedProperty()));
        commentPause.setOnFinished(e -> vm.saveComment());
        commentArea.textProperty().addListener((o, a, b) -> commentPause.playFromStart());
        commentArea.focusedProperty().addListener((o, was, now) -> {
            if (!now) {
                commentPause.stop();
                vm.saveComment();
            }
        });
        // Escape leaves the comment for the rubric, so the keyboard can go on scoring.
        commentArea.setOnKeyPressed(e -> {
            if (e.getCode() == javafx.scene.input.KeyCode.ESCAPE) {
                rubricBox.requestFocus();
            }
        });
        commentHeading.textProperty().bind(Bindings.createStringBinding(() -> st.currentCaseProperty().get() == null
                ? ctx.text("scoring.commentNone")
                : ctx.text("scoring.comment", st.currentCaseProperty().get().name()), st.currentCaseProperty()));
        recuseButton.disableProperty().bind(st.editableProperty().not());
        recusedBox.visibleProperty().bind(st.recusedProperty());
        recusedBox.managedProperty().bind(st.recusedProperty());
        recusedLabel.textProperty().bind(Bindings.createStringBinding(
                () -> ctx.text("scoring.recusedBanner", st.recuseReasonProperty().get()), st.recuseReasonProperty()));
    }

    private void showCase(CaseView cv) {
        if (documents != null) {
            documents.show(cv == null ? null : cv.submission(), cv == null || !st.blindProperty().get() ? null : cv.name());
        }
        caseAreas.getChildren().clear();
        caseFigures.getChildren().clear();
        if (cv == null) {
            caseName.setText(ctx.text(st.cases().isEmpty() ? "scoring.noCases" : "scoring.chooseReviewer"));
            caseTitle.setText("");
            caseSummary.setText("");
            return;
        }
        caseName.setText(cv.subtitle());
        caseTitle.setText(cv.title());
        caseSummary.setText(cv.summary());
        for (String area : cv.areas()) {
            Label chip = new Label(area);
            chip.getStyleClass().add("area-chip");
            caseAreas.getChildren().add(chip);
        }
        int r = 0;
        for (SubmissionRow.Figure f : cv.figures()) {
            Label value = new Label(f.display());
            value.getStyleClass().add("figure-value");
            value.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE); // a figure is read whole, never "KRW 1…"
            Label asWritten = new Label(f.asWritten());
            asWritten.getStyleClass().add("figure-as-written");
            asWritten.setWrapText(true);
            Label label = new Label(f.label());
            label.setWrapText(true);
            caseFigures.addRow(r++, label, value, asWritten);
        }
        if (r == 0) {
            caseFigures.add(new Label(ctx.text("submissions.noFigures")), 0, 0);
        }
    }

    @FXML
    private void onUndo() {
        vm.editor().undo();
    }

    @FXML
    private void onRedo() {
        vm.editor().redo();
    }

    /**
     * Keys for the view's buttons (Help → Keyboard shortcuts): Ctrl+R recuses from the case (or
     * withdraws the recusal), Ctrl+Shift+F finalises. On the scene, so they work while the focus is
     * still on the tab header; only while the view is shown.
     */
    private void setUpViewKeys() {
        javafx.scene.input.KeyCombination recuse = new javafx.scene.input.KeyCodeCombination(
                javafx.scene.input.KeyCode.R, javafx.scene.input.KeyCombination.SHORTCUT_DOWN);
        javafx.scene.input.KeyCombination finalise = new javafx.scene.input.KeyCodeCombination(
                javafx.scene.input.KeyCode.F, javafx.scene.input.KeyCombination.SHORTCUT_DOWN,
                javafx.scene.input.KeyCombination.SHIFT_DOWN);
        scoringRoot.sceneProperty().addListener((o, old, scene) -> {
            if (scene != null) {
                scene.getAccelerators().put(recuse, this::recuseKey);
                scene.getAccelerators().put(finalise, this::finaliseKey);
            }
        });
    }

    private boolean shown() {
        for (javafx.scene.Node n = scoringRoot; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return scoringRoot.getScene() != null;
    }

    private void recuseKey() {
        if (!shown()) {
            return;
        }
        // The withdraw button's own visible flag stays true: it is its box that hides it.
        if (st.recusedProperty().get() && !withdrawButton.isDisabled()) {
            onWithdraw();
        } else if (!recuseButton.isDisabled()) {
            onRecuse();
        }
    }

    private void finaliseKey() {
        if (shown() && finaliseButton.isVisible() && !finaliseButton.isDisabled()) {
            onFinalise();
        }
    }

    @FXML
    private void onFinalise() {
        int left = vm.casesLeftToScore();
        String question = left > 0 ? ctx.text("scoring.confirmFinaliseIncomplete", left) : ctx.text("scoring.confirmFinalise");
        if (Dialogs.confirm(ctx, scoringRoot.getScene().getWindow(), question)) {
            vm.finalise();
        }
        rubricBox.requestFocus();
    }

    @FXML
    private void onConfirmPledge() {
        Reviewer r = st.reviewerProperty().get();
        if (r != null && PledgeOffer.ask(ctx, scoringRoot.getScene().getWindow(), r.name(), st.pledgeTextProperty().get())) {
            vm.confirmPledge();
        }
        rubricBox.requestFocus();
    }

    @FXML
    private void onReopen() {
        Reviewer r = st.reviewerProperty().get();
        if (r != null && Dialogs.confirm(ctx, scoringRoot.getScene().getWindow(), ctx.text("scoring.confirmReopen", r.name()))) {
            vm.reopen();
        }
        rubricBox.requestFocus();
    }

    @FXML
    private void onRecuse() {
        CaseView cv = st.currentCaseProperty().get();
        if (cv == null) {
            return;
        }
        TextInputDialog dialog = new TextInputDialog();
        dialog.initOwner(scoringRoot.getScene().getWindow());
        dialog.setTitle(ctx.text("scoring.recuseTitle"));
        dialog.setHeaderText(ctx.text("scoring.recuseHeader", cv.name()));
        dialog.setContentText(ctx.text("scoring.recuseReason"));
        dialog.getEditor().setId("recuseReasonField");
        dialog.showAndWait().ifPresent(vm::recuse);
        rubricBox.requestFocus();
    }

    @FXML
    private void onWithdraw() {
        vm.withdrawRecusal();
        rubricBox.requestFocus();
    }
}
